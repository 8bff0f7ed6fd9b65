-- masks-case v1: Every masking rule
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW "sanya"."masks_case" WITH (security_barrier = true) AS
SELECT
  SUBSTR(ENCODE(SHA256(CONVERT_TO(((SELECT "s"."secret" FROM "sanya_secret" AS "s" WHERE "s"."name" = 'pseudonym') || ':masks-case:' || CAST("t0"."student_id" AS TEXT)), 'UTF8')), 'hex'), 1, 16) AS "pseudonym",
  ('****' || RIGHT("t0"."national_id", 4)) AS "national_id_last4",
  CAST(EXTRACT(YEAR FROM "t0"."birth_date") AS INTEGER) AS "birth_year",
  (SUBSTR("t0"."first_name_en", 1, 1) || '.') AS "initial",
  "t0"."gender" AS "gender"
FROM "student" AS "t0"
WHERE "t0"."admission_term_id" = 25671;

-- The runtime's query (binds: $pseudonym_key)
SELECT SUBSTR(ENCODE(SHA256(CONVERT_TO((CAST($1 AS TEXT) || ':masks-case:' || CAST("t0"."student_id" AS TEXT)), 'UTF8')), 'hex'), 1, 16) AS "pseudonym", ('****' || RIGHT("t0"."national_id", 4)) AS "national_id_last4", CAST(EXTRACT(YEAR FROM "t0"."birth_date") AS INTEGER) AS "birth_year", (SUBSTR("t0"."first_name_en", 1, 1) || '.') AS "initial", "t0"."gender" AS "gender" FROM "student" AS "t0" WHERE "t0"."admission_term_id" = 25671 ORDER BY "gender" DESC, "t0"."student_id";

-- One page (binds: $pseudonym_key, $limit, $offset)
SELECT SUBSTR(ENCODE(SHA256(CONVERT_TO((CAST($1 AS TEXT) || ':masks-case:' || CAST("t0"."student_id" AS TEXT)), 'UTF8')), 'hex'), 1, 16) AS "pseudonym", ('****' || RIGHT("t0"."national_id", 4)) AS "national_id_last4", CAST(EXTRACT(YEAR FROM "t0"."birth_date") AS INTEGER) AS "birth_year", (SUBSTR("t0"."first_name_en", 1, 1) || '.') AS "initial", "t0"."gender" AS "gender" FROM "student" AS "t0" WHERE "t0"."admission_term_id" = 25671 ORDER BY "gender" DESC, "t0"."student_id" LIMIT CAST($2 AS BIGINT) OFFSET CAST($3 AS BIGINT);
