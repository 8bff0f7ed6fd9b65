-- list-case v1: A required list parameter and an optional comparison
-- For Test Unit. Status: approved, valid until 2027-05-31.

DROP VIEW IF EXISTS "sanya_list_case";

CREATE VIEW "sanya_list_case" AS
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
SELECT "t0"."student_id" AS "student_id", "t0"."term_id" AS "term_id", "t1"."semester" AS "semester", "t0"."gpa" AS "gpa", "t0"."gpax" AS "gpax", "t0"."academic_standing" AS "academic_standing" FROM "term_gpa_summary" AS "t0" LEFT JOIN "academic_term" AS "t1" ON "t0"."term_id" = "t1"."term_id" WHERE "t0"."student_id" IN (SELECT value FROM json_each(?1)) AND (?2 IS NULL OR "t0"."term_id" >= ?2) ORDER BY "student_id", "term_id" DESC;

-- One page (binds: student_ids, from_term, $limit, $offset)
SELECT "t0"."student_id" AS "student_id", "t0"."term_id" AS "term_id", "t1"."semester" AS "semester", "t0"."gpa" AS "gpa", "t0"."gpax" AS "gpax", "t0"."academic_standing" AS "academic_standing" FROM "term_gpa_summary" AS "t0" LEFT JOIN "academic_term" AS "t1" ON "t0"."term_id" = "t1"."term_id" WHERE "t0"."student_id" IN (SELECT value FROM json_each(?1)) AND (?2 IS NULL OR "t0"."term_id" >= ?2) ORDER BY "student_id", "term_id" DESC LIMIT ?3 OFFSET ?4;
