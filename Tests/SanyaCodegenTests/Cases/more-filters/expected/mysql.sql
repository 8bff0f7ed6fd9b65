-- filters-case v1: not_in, is_not_null and starts_with filters; optional parameters
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW `sanya_filters_case` AS
SELECT
  `t0`.`enrollment_id` AS `enrollment_id`,
  `t0`.`student_id` AS `student_id`,
  `t0`.`course_code` AS `course_code`,
  `t0`.`letter_grade` AS `letter_grade`,
  `t0`.`grade_point` AS `grade_point`
FROM `enrollment` AS `t0`
LEFT JOIN `course` AS `t1` ON `t0`.`course_code` = `t1`.`course_code`
WHERE `t1`.`owner_faculty_code` NOT IN ('90', '05') AND `t0`.`letter_grade` IS NOT NULL AND SUBSTR(`t0`.`course_code`, 1, CHAR_LENGTH('0105')) = '0105';

-- The runtime's query (binds: min_point, min_point, student_prefix, student_prefix, student_prefix)
SELECT `t0`.`enrollment_id` AS `enrollment_id`, `t0`.`student_id` AS `student_id`, `t0`.`course_code` AS `course_code`, `t0`.`letter_grade` AS `letter_grade`, `t0`.`grade_point` AS `grade_point` FROM `enrollment` AS `t0` LEFT JOIN `course` AS `t1` ON `t0`.`course_code` = `t1`.`course_code` WHERE `t1`.`owner_faculty_code` NOT IN ('90', '05') AND `t0`.`letter_grade` IS NOT NULL AND SUBSTR(`t0`.`course_code`, 1, CHAR_LENGTH('0105')) = '0105' AND (? IS NULL OR `t0`.`grade_point` >= ?) AND (? IS NULL OR SUBSTR(`t0`.`student_id`, 1, CHAR_LENGTH(?)) = ?) ORDER BY `enrollment_id`;

-- One page (binds: min_point, min_point, student_prefix, student_prefix, student_prefix, $limit, $offset)
SELECT `t0`.`enrollment_id` AS `enrollment_id`, `t0`.`student_id` AS `student_id`, `t0`.`course_code` AS `course_code`, `t0`.`letter_grade` AS `letter_grade`, `t0`.`grade_point` AS `grade_point` FROM `enrollment` AS `t0` LEFT JOIN `course` AS `t1` ON `t0`.`course_code` = `t1`.`course_code` WHERE `t1`.`owner_faculty_code` NOT IN ('90', '05') AND `t0`.`letter_grade` IS NOT NULL AND SUBSTR(`t0`.`course_code`, 1, CHAR_LENGTH('0105')) = '0105' AND (? IS NULL OR `t0`.`grade_point` >= ?) AND (? IS NULL OR SUBSTR(`t0`.`student_id`, 1, CHAR_LENGTH(?)) = ?) ORDER BY `enrollment_id` LIMIT ? OFFSET ?;
