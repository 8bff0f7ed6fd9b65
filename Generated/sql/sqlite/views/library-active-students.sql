-- library-active-students v2: Active students for the library's patron accounts
-- For สำนักหอสมุดกลาง (Central Library). Status: approved, valid until 2027-05-31.

DROP VIEW IF EXISTS "sanya_library_active_students";

CREATE VIEW "sanya_library_active_students" AS
SELECT
  "t0"."student_id" AS "student_id",
  "t0"."title_th" AS "title_th",
  "t0"."first_name_th" AS "first_name_th",
  "t0"."last_name_th" AS "last_name_th",
  "t0"."first_name_en" AS "first_name_en",
  "t0"."last_name_en" AS "last_name_en",
  "t0"."email" AS "email",
  "t2"."name_th" AS "faculty_th",
  "t2"."name_en" AS "faculty_en",
  "t1"."degree_level" AS "degree_level",
  "t0"."current_status" AS "current_status"
FROM "student" AS "t0"
LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id"
LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code"
WHERE "t0"."current_status" IN ('10', '11', '20', '21');
