-- aggregation-case v1: Aggregation with small-group suppression
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW "sanya"."aggregation_case" WITH (security_barrier = true) AS
SELECT
  "t2"."name_en" AS "faculty_en",
  "t3"."academic_year_be" AS "academic_year_be",
  COUNT(*) AS "graduates",
  ROUND(AVG("t0"."final_gpax"), 2) AS "mean_gpax",
  MAX("t0"."final_gpax") AS "best_gpax"
FROM "graduation" AS "t0"
LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id"
LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code"
LEFT JOIN "academic_term" AS "t3" ON "t0"."graduation_term_id" = "t3"."term_id"
GROUP BY "t2"."name_en", "t3"."academic_year_be"
HAVING COUNT(*) >= 3;

-- The runtime's query (binds: )
SELECT "t2"."name_en" AS "faculty_en", "t3"."academic_year_be" AS "academic_year_be", COUNT(*) AS "graduates", ROUND(AVG("t0"."final_gpax"), 2) AS "mean_gpax", MAX("t0"."final_gpax") AS "best_gpax" FROM "graduation" AS "t0" LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id" LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code" LEFT JOIN "academic_term" AS "t3" ON "t0"."graduation_term_id" = "t3"."term_id" GROUP BY "t2"."name_en", "t3"."academic_year_be" HAVING COUNT(*) >= 3 ORDER BY "faculty_en", "academic_year_be";

-- One page (binds: $limit, $offset)
SELECT "t2"."name_en" AS "faculty_en", "t3"."academic_year_be" AS "academic_year_be", COUNT(*) AS "graduates", ROUND(AVG("t0"."final_gpax"), 2) AS "mean_gpax", MAX("t0"."final_gpax") AS "best_gpax" FROM "graduation" AS "t0" LEFT JOIN "curriculum" AS "t1" ON "t0"."curriculum_id" = "t1"."curriculum_id" LEFT JOIN "faculty" AS "t2" ON "t1"."faculty_code" = "t2"."faculty_code" LEFT JOIN "academic_term" AS "t3" ON "t0"."graduation_term_id" = "t3"."term_id" GROUP BY "t2"."name_en", "t3"."academic_year_be" HAVING COUNT(*) >= 3 ORDER BY "faculty_en", "academic_year_be" LIMIT CAST($1 AS BIGINT) OFFSET CAST($2 AS BIGINT);
