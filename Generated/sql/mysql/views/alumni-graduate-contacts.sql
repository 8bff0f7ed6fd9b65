-- alumni-graduate-contacts v1: Contacts of new graduates for the alumni association (awaiting approval)
-- For สมาคมศิษย์เก่า (Alumni Relations Office). Status: draft.

CREATE OR REPLACE VIEW `sanya_alumni_graduate_contacts` AS
SELECT
  `t0`.`student_id` AS `student_id`,
  `t1`.`first_name_th` AS `first_name_th`,
  `t1`.`last_name_th` AS `last_name_th`,
  `t1`.`email` AS `email`,
  CONCAT('****', RIGHT(`t1`.`mobile_phone`, 4)) AS `mobile_phone`,
  `t3`.`name_th` AS `faculty_th`,
  `t4`.`academic_year_be` AS `graduation_year_be`
FROM `graduation` AS `t0`
LEFT JOIN `student` AS `t1` ON `t0`.`student_id` = `t1`.`student_id`
LEFT JOIN `curriculum` AS `t2` ON `t0`.`curriculum_id` = `t2`.`curriculum_id`
LEFT JOIN `faculty` AS `t3` ON `t2`.`faculty_code` = `t3`.`faculty_code`
LEFT JOIN `academic_term` AS `t4` ON `t0`.`graduation_term_id` = `t4`.`term_id`;
