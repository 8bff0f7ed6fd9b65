-- view-case v1: A View Table contract with its view, role, grants and host-based access
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW "sanya"."view_case" WITH (security_barrier = true) AS
SELECT
  SUBSTR(ENCODE(SHA256(CONVERT_TO(((SELECT "s"."secret" FROM "sanya_secret" AS "s" WHERE "s"."name" = 'pseudonym') || ':view-case:' || CAST("t0"."student_id" AS TEXT)), 'UTF8')), 'hex'), 1, 16) AS "student_pseudonym",
  "t0"."course_code" AS "course_code",
  "t1"."name_en" AS "course_en",
  "t0"."letter_grade" AS "letter_grade"
FROM "enrollment" AS "t0"
LEFT JOIN "course" AS "t1" ON "t0"."course_code" = "t1"."course_code"
LEFT JOIN "academic_term" AS "t2" ON "t0"."term_id" = "t2"."term_id"
WHERE "t2"."academic_year_be" >= 2567 AND "t1"."owner_faculty_code" = '01';

-- The runtime's query (binds: $pseudonym_key)
SELECT SUBSTR(ENCODE(SHA256(CONVERT_TO((CAST($1 AS TEXT) || ':view-case:' || CAST("t0"."student_id" AS TEXT)), 'UTF8')), 'hex'), 1, 16) AS "student_pseudonym", "t0"."course_code" AS "course_code", "t1"."name_en" AS "course_en", "t0"."letter_grade" AS "letter_grade" FROM "enrollment" AS "t0" LEFT JOIN "course" AS "t1" ON "t0"."course_code" = "t1"."course_code" LEFT JOIN "academic_term" AS "t2" ON "t0"."term_id" = "t2"."term_id" WHERE "t2"."academic_year_be" >= 2567 AND "t1"."owner_faculty_code" = '01' ORDER BY "t0"."enrollment_id";

-- One page (binds: $pseudonym_key, $limit, $offset)
SELECT SUBSTR(ENCODE(SHA256(CONVERT_TO((CAST($1 AS TEXT) || ':view-case:' || CAST("t0"."student_id" AS TEXT)), 'UTF8')), 'hex'), 1, 16) AS "student_pseudonym", "t0"."course_code" AS "course_code", "t1"."name_en" AS "course_en", "t0"."letter_grade" AS "letter_grade" FROM "enrollment" AS "t0" LEFT JOIN "course" AS "t1" ON "t0"."course_code" = "t1"."course_code" LEFT JOIN "academic_term" AS "t2" ON "t0"."term_id" = "t2"."term_id" WHERE "t2"."academic_year_be" >= 2567 AND "t1"."owner_faculty_code" = '01' ORDER BY "t0"."enrollment_id" LIMIT CAST($2 AS BIGINT) OFFSET CAST($3 AS BIGINT);
