-- disability-support v1: Students with a registered disability, for the disability support service
-- For กองพัฒนานักศึกษา งานบริการนักศึกษาพิการ (Disability Support Service). Status: approved, valid until 2027-09-30.

DROP VIEW IF EXISTS "sanya_disability_support";

CREATE VIEW "sanya_disability_support" AS
SELECT
  "t0"."student_id" AS "student_id",
  "t0"."first_name_th" AS "first_name_th",
  "t0"."last_name_th" AS "last_name_th",
  "t0"."email" AS "email",
  "t2"."name_th" AS "faculty_th",
  "t0"."disability_code" AS "disability_code"
FROM "student" AS "t0"
LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id"
LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code"
WHERE "t0"."disability_code" IS NOT NULL AND "t0"."current_status" IN ('10', '11');
