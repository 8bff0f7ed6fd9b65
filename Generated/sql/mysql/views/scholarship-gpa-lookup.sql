-- scholarship-gpa-lookup v1: Term GPA of scholarship holders, looked up by student id
-- For งานทุนการศึกษา กองพัฒนานักศึกษา (Scholarship Office). Status: approved, valid until 2027-06-30.

CREATE OR REPLACE VIEW `sanya_scholarship_gpa_lookup` AS
SELECT
  `t0`.`student_id` AS `student_id`,
  `t0`.`term_id` AS `term_id`,
  `t1`.`academic_year_be` AS `academic_year_be`,
  `t1`.`semester` AS `semester`,
  `t0`.`credits_earned` AS `credits_earned`,
  `t0`.`gpa` AS `gpa`,
  `t0`.`gpax` AS `gpax`,
  `t0`.`academic_standing` AS `academic_standing`
FROM `term_gpa_summary` AS `t0`
LEFT JOIN `academic_term` AS `t1` ON `t0`.`term_id` = `t1`.`term_id`;
