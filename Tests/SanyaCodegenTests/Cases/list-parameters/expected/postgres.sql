-- list-case v1: A required list parameter and an optional comparison
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW "sanya"."list_case" WITH (security_barrier = true) AS
SELECT
  "t0"."student_id" AS "student_id",
  "t0"."term_id" AS "term_id",
  "t1"."semester" AS "semester",
  "t0"."gpa" AS "gpa",
  "t0"."gpax" AS "gpax",
  "t0"."academic_standing" AS "academic_standing"
FROM "term_gpa_summary" AS "t0"
LEFT JOIN "academic_term" AS "t1" ON "t0"."term_id" = "t1"."term_id";

-- The runtime's query (binds: student_ids, from_term)
SELECT "t0"."student_id" AS "student_id", "t0"."term_id" AS "term_id", "t1"."semester" AS "semester", "t0"."gpa" AS "gpa", "t0"."gpax" AS "gpax", "t0"."academic_standing" AS "academic_standing" FROM "term_gpa_summary" AS "t0" LEFT JOIN "academic_term" AS "t1" ON "t0"."term_id" = "t1"."term_id" WHERE "t0"."student_id" = ANY(CAST($1 AS TEXT[])) AND (CAST($2 AS BIGINT) IS NULL OR "t0"."term_id" >= CAST($2 AS BIGINT)) ORDER BY "student_id", "term_id" DESC;

-- One page (binds: student_ids, from_term, $limit, $offset)
SELECT "t0"."student_id" AS "student_id", "t0"."term_id" AS "term_id", "t1"."semester" AS "semester", "t0"."gpa" AS "gpa", "t0"."gpax" AS "gpax", "t0"."academic_standing" AS "academic_standing" FROM "term_gpa_summary" AS "t0" LEFT JOIN "academic_term" AS "t1" ON "t0"."term_id" = "t1"."term_id" WHERE "t0"."student_id" = ANY(CAST($1 AS TEXT[])) AND (CAST($2 AS BIGINT) IS NULL OR "t0"."term_id" >= CAST($2 AS BIGINT)) ORDER BY "student_id", "term_id" DESC LIMIT CAST($3 AS BIGINT) OFFSET CAST($4 AS BIGINT);
