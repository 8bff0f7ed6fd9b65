-- course-timetable v1: Weekly timetable of course sections
-- For สำนักบริการคอมพิวเตอร์ (Computer Center). Status: approved, valid until 2027-04-30.

CREATE OR REPLACE VIEW `sanya_course_timetable` AS
SELECT
  `t1`.`term_id` AS `term_id`,
  `t1`.`course_code` AS `course_code`,
  `t2`.`name_th` AS `course_name_th`,
  `t2`.`name_en` AS `course_name_en`,
  `t1`.`section_no` AS `section_no`,
  `t1`.`section_type` AS `section_type`,
  `t0`.`day_of_week` AS `day_of_week`,
  `t0`.`start_time` AS `start_time`,
  `t0`.`end_time` AS `end_time`,
  `t0`.`room_code` AS `room_code`
FROM `section_schedule` AS `t0`
LEFT JOIN `class_section` AS `t1` ON `t0`.`section_id` = `t1`.`section_id`
LEFT JOIN `course` AS `t2` ON `t1`.`course_code` = `t2`.`course_code`;
