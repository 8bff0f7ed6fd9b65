-- sport-athlete-eligibility v1: Academic eligibility of student athletes (awaiting approval)
-- For งานกีฬา กองกิจการนักศึกษา (Sports Office). Status: draft.

CREATE OR REPLACE VIEW `sanya_sport_athlete_eligibility` AS
SELECT
  `t0`.`student_id` AS `student_id`,
  `t0`.`term_id` AS `term_id`,
  `t0`.`credits_registered` AS `credits_registered`,
  `t0`.`gpax` AS `gpax`
FROM `term_gpa_summary` AS `t0`;
