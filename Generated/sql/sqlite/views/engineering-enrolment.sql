-- engineering-enrolment v1: Enrolments in Engineering courses, pseudonymised, for the faculty's planning database
-- For คณะวิศวกรรมศาสตร์ (Faculty of Engineering). Status: approved, valid until 2027-07-31.

DROP VIEW IF EXISTS "sanya_engineering_enrolment";

CREATE VIEW "sanya_engineering_enrolment" AS
SELECT
  SUBSTR(sanya_sha256(((SELECT "s"."secret" FROM "sanya_secret" AS "s" WHERE "s"."name" = 'pseudonym') || ':engineering-enrolment:' || CAST("t0"."student_id" AS TEXT))), 1, 16) AS "student_pseudonym",
  "t0"."course_code" AS "course_code",
  "t1"."name_en" AS "course_name_en",
  "t1"."name_th" AS "course_name_th",
  "t0"."term_id" AS "term_id",
  "t2"."section_no" AS "section_no",
  "t0"."enroll_status" AS "enroll_status",
  "t0"."letter_grade" AS "letter_grade"
FROM "enrollment" AS "t0"
LEFT JOIN "course" AS "t1" ON "t0"."course_code" = "t1"."course_code"
LEFT JOIN "class_section" AS "t2" ON "t0"."section_id" = "t2"."section_id"
LEFT JOIN "academic_term" AS "t3" ON "t0"."term_id" = "t3"."term_id"
WHERE "t1"."owner_faculty_code" = '01' AND "t3"."academic_year_be" >= 2566;
