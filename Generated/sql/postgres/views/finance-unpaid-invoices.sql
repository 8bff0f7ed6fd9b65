-- finance-unpaid-invoices v3: Unpaid and overdue tuition invoices of a term
-- For กองคลัง (Finance Division). Status: approved, valid until 2027-08-31.

CREATE OR REPLACE VIEW "sanya"."finance_unpaid_invoices" WITH (security_barrier = true) AS
SELECT
  "t0"."invoice_no" AS "invoice_no",
  "t0"."student_id" AS "student_id",
  "t1"."first_name_th" AS "first_name_th",
  "t1"."last_name_th" AS "last_name_th",
  "t0"."term_id" AS "term_id",
  "t0"."total_amount" AS "total_amount",
  "t0"."due_date" AS "due_date",
  "t0"."status" AS "status"
FROM "fee_invoice" AS "t0"
LEFT JOIN "student" AS "t1" ON "t0"."student_id" = "t1"."student_id"
WHERE "t0"."status" IN ('UNPAID', 'OVERDUE');
