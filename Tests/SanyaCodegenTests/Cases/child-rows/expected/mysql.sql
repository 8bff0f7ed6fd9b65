-- child-rows-case v1: Students with graded enrolments in faculty 01 or 05 courses, no graduation and no status change
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW `sanya_child_rows_case` AS
SELECT
  `t0`.`student_id` AS `student_id`,
  `t0`.`first_name_en` AS `first_name_en`
FROM `student` AS `t0`
WHERE EXISTS (SELECT 1 FROM `enrollment` AS `c1` LEFT JOIN `course` AS `c1_1` ON `c1`.`course_code` = `c1_1`.`course_code` WHERE `c1`.`student_id` = `t0`.`student_id` AND `c1_1`.`owner_faculty_code` IN ('01', '05') AND `c1`.`letter_grade` IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM `graduation` AS `c2` WHERE `c2`.`student_id` = `t0`.`student_id`) AND NOT EXISTS (SELECT 1 FROM `student_status_history` AS `c3` WHERE `c3`.`student_id` = `t0`.`student_id`);

-- The runtime's query (binds: )
SELECT `t0`.`student_id` AS `student_id`, `t0`.`first_name_en` AS `first_name_en` FROM `student` AS `t0` WHERE EXISTS (SELECT 1 FROM `enrollment` AS `c1` LEFT JOIN `course` AS `c1_1` ON `c1`.`course_code` = `c1_1`.`course_code` WHERE `c1`.`student_id` = `t0`.`student_id` AND `c1_1`.`owner_faculty_code` IN ('01', '05') AND `c1`.`letter_grade` IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM `graduation` AS `c2` WHERE `c2`.`student_id` = `t0`.`student_id`) AND NOT EXISTS (SELECT 1 FROM `student_status_history` AS `c3` WHERE `c3`.`student_id` = `t0`.`student_id`) ORDER BY `student_id`;

-- One page (binds: $limit, $offset)
SELECT `t0`.`student_id` AS `student_id`, `t0`.`first_name_en` AS `first_name_en` FROM `student` AS `t0` WHERE EXISTS (SELECT 1 FROM `enrollment` AS `c1` LEFT JOIN `course` AS `c1_1` ON `c1`.`course_code` = `c1_1`.`course_code` WHERE `c1`.`student_id` = `t0`.`student_id` AND `c1_1`.`owner_faculty_code` IN ('01', '05') AND `c1`.`letter_grade` IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM `graduation` AS `c2` WHERE `c2`.`student_id` = `t0`.`student_id`) AND NOT EXISTS (SELECT 1 FROM `student_status_history` AS `c3` WHERE `c3`.`student_id` = `t0`.`student_id`) ORDER BY `student_id` LIMIT ? OFFSET ?;
