-- dormitory-national-id v1: National ID numbers of dormitory residents (refused)
-- For กองกิจการนักศึกษา งานหอพักนักศึกษา (Dormitory Office). Status: rejected.

DROP VIEW IF EXISTS "sanya_dormitory_national_id";

CREATE VIEW "sanya_dormitory_national_id" AS
SELECT
  "t0"."student_id" AS "student_id",
  "t0"."national_id" AS "national_id",
  "t0"."first_name_th" AS "first_name_th",
  "t0"."last_name_th" AS "last_name_th",
  "t0"."birth_date" AS "birth_date",
  "t0"."home_address" AS "home_address"
FROM "student" AS "t0";
