-- graduation-statistics v1: Graduates per faculty and academic year, with honours
-- For กองแผนงาน (Planning Division). Status: approved, valid until 2027-03-31.

DROP VIEW IF EXISTS "sanya_graduation_statistics";

CREATE VIEW "sanya_graduation_statistics" AS
SELECT
  "t1"."faculty_code" AS "faculty_code",
  "t2"."name_th" AS "faculty_th",
  "t2"."name_en" AS "faculty_en",
  "t3"."academic_year_be" AS "academic_year_be",
  "t0"."honors" AS "honors",
  COUNT(*) AS "graduates",
  ROUND(AVG("t0"."final_gpax"), 2) AS "mean_gpax"
FROM "graduation" AS "t0"
LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id"
LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code"
LEFT JOIN "academic_term" AS "t3" ON "t0"."graduation_term_id" = "t3"."term_id"
GROUP BY "t1"."faculty_code", "t2"."name_th", "t2"."name_en", "t3"."academic_year_be", "t0"."honors"
HAVING COUNT(*) >= 5;
