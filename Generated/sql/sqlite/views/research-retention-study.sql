-- research-retention-study v1: Pseudonymised cohort data for a study of first-year retention
-- For สำนักวิจัยและบริการวิชาการ (Research Office). Status: approved, valid until 2027-01-31.

DROP VIEW IF EXISTS "sanya_research_retention_study";

CREATE VIEW "sanya_research_retention_study" AS
SELECT
  SUBSTR(sanya_sha256(((SELECT "s"."secret" FROM "sanya_secret" AS "s" WHERE "s"."name" = 'pseudonym') || ':research-retention-study:' || CAST("t0"."student_id" AS TEXT))), 1, 16) AS "student_pseudonym",
  CAST(STRFTIME('%Y', "t0"."birth_date") AS INTEGER) AS "birth_year",
  "t0"."gender" AS "gender",
  "t1"."faculty_code" AS "faculty_code",
  "t2"."academic_year_be" AS "admission_year_be",
  "t0"."admission_round" AS "admission_round",
  "t0"."prior_school_gpax" AS "prior_school_gpax",
  "t0"."current_status" AS "current_status"
FROM "student" AS "t0"
LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id"
LEFT JOIN "academic_term" AS "t2" ON "t0"."admission_term_id" = "t2"."term_id"
WHERE "t2"."academic_year_be" >= 2564 AND "t1"."degree_level" = 1;
