-- loan-fund-sync v1: Student Loan Fund borrowers' registration (revoked, replaced by the fund's own system)
-- For งานกองทุนเงินให้กู้ยืมเพื่อการศึกษา (Student Loan Fund desk). Status: revoked, valid until 2026-07-31.

DROP VIEW IF EXISTS "sanya_loan_fund_sync";

CREATE VIEW "sanya_loan_fund_sync" AS
SELECT
  "t0"."student_id" AS "student_id",
  "t0"."scholarship_code" AS "scholarship_code",
  "t0"."start_term_id" AS "start_term_id",
  "t0"."award_status" AS "award_status",
  "t0"."amount_per_term" AS "amount_per_term"
FROM "scholarship_award" AS "t0"
LEFT JOIN "scholarship" AS "t1" ON "t0"."scholarship_code" = "t1"."scholarship_code"
WHERE "t1"."source_type" = 'LOAN';
