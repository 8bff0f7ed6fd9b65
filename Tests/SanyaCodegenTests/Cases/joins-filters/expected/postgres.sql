-- joins-case v1: Joins through foreign keys, fixed filters, an optional parameter
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW "sanya"."joins_case" WITH (security_barrier = true) AS
SELECT
  "t0"."student_id" AS "student_id",
  "t0"."first_name_en" AS "first_name_en",
  "t2"."name_en" AS "faculty_en",
  "t3"."name_en" AS "department_en",
  "t4"."first_name_th" AS "advisor_th"
FROM "student" AS "t0"
LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id"
LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code"
LEFT JOIN "department" AS "t3" ON "t1"."department_id" = "t3"."department_id"
LEFT JOIN "instructor" AS "t4" ON "t0"."advisor_id" = "t4"."instructor_id"
WHERE "t0"."current_status" IN ('10', '11');

-- The runtime's query (binds: faculty)
SELECT "t0"."student_id" AS "student_id", "t0"."first_name_en" AS "first_name_en", "t2"."name_en" AS "faculty_en", "t3"."name_en" AS "department_en", "t4"."first_name_th" AS "advisor_th" FROM "student" AS "t0" LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id" LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code" LEFT JOIN "department" AS "t3" ON "t1"."department_id" = "t3"."department_id" LEFT JOIN "instructor" AS "t4" ON "t0"."advisor_id" = "t4"."instructor_id" WHERE "t0"."current_status" IN ('10', '11') AND (CAST($1 AS TEXT) IS NULL OR "t1"."faculty_code" = CAST($1 AS TEXT)) ORDER BY "student_id";

-- One page (binds: faculty, $limit, $offset)
SELECT "t0"."student_id" AS "student_id", "t0"."first_name_en" AS "first_name_en", "t2"."name_en" AS "faculty_en", "t3"."name_en" AS "department_en", "t4"."first_name_th" AS "advisor_th" FROM "student" AS "t0" LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id" LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code" LEFT JOIN "department" AS "t3" ON "t1"."department_id" = "t3"."department_id" LEFT JOIN "instructor" AS "t4" ON "t0"."advisor_id" = "t4"."instructor_id" WHERE "t0"."current_status" IN ('10', '11') AND (CAST($1 AS TEXT) IS NULL OR "t1"."faculty_code" = CAST($1 AS TEXT)) ORDER BY "student_id" LIMIT CAST($2 AS BIGINT) OFFSET CAST($3 AS BIGINT);
