-- view-case v1: A View Table contract with its view, role, grants and host-based access
-- For Test Unit. Status: approved, valid until 2027-05-31.

CREATE OR REPLACE VIEW `sanya_view_case` AS
SELECT
  SUBSTR(SHA2(CONCAT((SELECT `s`.`secret` FROM `sanya_secret` AS `s` WHERE `s`.`name` = 'pseudonym'), ':view-case:', CAST(`t0`.`student_id` AS CHAR)), 256), 1, 16) AS `student_pseudonym`,
  `t0`.`course_code` AS `course_code`,
  `t1`.`name_en` AS `course_en`,
  `t0`.`letter_grade` AS `letter_grade`
FROM `enrollment` AS `t0`
LEFT JOIN `course` AS `t1` ON `t0`.`course_code` = `t1`.`course_code`
LEFT JOIN `academic_term` AS `t2` ON `t0`.`term_id` = `t2`.`term_id`
WHERE `t2`.`academic_year_be` >= 2567 AND `t1`.`owner_faculty_code` = '01';

-- The runtime's query (binds: $pseudonym_key)
SELECT SUBSTR(SHA2(CONCAT(?, ':view-case:', CAST(`t0`.`student_id` AS CHAR)), 256), 1, 16) AS `student_pseudonym`, `t0`.`course_code` AS `course_code`, `t1`.`name_en` AS `course_en`, `t0`.`letter_grade` AS `letter_grade` FROM `enrollment` AS `t0` LEFT JOIN `course` AS `t1` ON `t0`.`course_code` = `t1`.`course_code` LEFT JOIN `academic_term` AS `t2` ON `t0`.`term_id` = `t2`.`term_id` WHERE `t2`.`academic_year_be` >= 2567 AND `t1`.`owner_faculty_code` = '01' ORDER BY `t0`.`enrollment_id`;

-- One page (binds: $pseudonym_key, $limit, $offset)
SELECT SUBSTR(SHA2(CONCAT(?, ':view-case:', CAST(`t0`.`student_id` AS CHAR)), 256), 1, 16) AS `student_pseudonym`, `t0`.`course_code` AS `course_code`, `t1`.`name_en` AS `course_en`, `t0`.`letter_grade` AS `letter_grade` FROM `enrollment` AS `t0` LEFT JOIN `course` AS `t1` ON `t0`.`course_code` = `t1`.`course_code` LEFT JOIN `academic_term` AS `t2` ON `t0`.`term_id` = `t2`.`term_id` WHERE `t2`.`academic_year_be` >= 2567 AND `t1`.`owner_faculty_code` = '01' ORDER BY `t0`.`enrollment_id` LIMIT ? OFFSET ?;
