import Foundation

/// How big a synthetic registrar to make.
public enum DemoSize: String, Sendable, CaseIterable {
    /// For tests: about 400 students and 10,000 enrolments.
    case tiny
    /// For trying things out: about 3,000 students and 100,000 enrolments.
    case small
    /// For benchmarks: about 30,000 students and 1,000,000 enrolments.
    case large

    var cohortSize: Int {
        switch self {
        case .tiny: 70
        case .small: 500
        case .large: 5_000
        }
    }

    /// The first academic year (BE) with terms, sections and enrolments.
    var firstTermYear: Int {
        switch self {
        case .tiny: 2567
        case .small: 2566
        case .large: 2565
        }
    }

    var faculties: [String] {
        switch self {
        case .tiny: ["01", "05", "07", "12"]
        case .small: ["01", "02", "05", "07", "12", "15"]
        case .large: ["01", "02", "03", "04", "05", "06", "07", "09", "12", "15", "16", "20"]
        }
    }

    var coursesPerFaculty: Int { self == .tiny ? 14 : 40 }
    var instructorsPerDepartment: Int { self == .tiny ? 3 : 12 }
}

/// A deterministic synthetic registrar: every table of the catalog, consistent across tables.
///
/// Student ids follow `YYFFNNNN`, national ids have valid check digits, years are Buddhist Era, term ids
/// are `year × 10 + semester`, GPAs are truncated to two decimals, and the same seed always gives the
/// same rows. The last term (1/2569) is in progress: registered, not yet graded.
public struct DemoRegistrar {
    public let size: DemoSize
    public let seed: UInt64
    /// The last academic year (BE); its first semester is the current term.
    public static let currentYear = 2569

    public init(size: DemoSize, seed: UInt64 = 2569) {
        self.size = size
        self.seed = seed
    }

    // MARK: Rows kept in memory while generating

    struct Term { var id: Int; var year: Int; var semester: Int; var start: String; var end: String; var registrationEnd: String; var withdraw: String; var graded: Bool }
    struct Department { var id: Int; var faculty: String; var code: String; var th: String; var en: String }
    struct Curriculum { var id: Int; var code: String; var faculty: String; var department: Int; var level: Int; var th: String; var en: String; var abbr: String; var type: String; var minCredits: Int; var years: Int }
    struct Instructor { var id: String; var department: Int }
    struct Course { var code: String; var faculty: String; var th: String; var en: String; var credits: Int; var lecture: Int; var lab: Int; var grading: String; var group: String }
    struct Section { var id: Int; var term: Int; var course: Int; var number: String; var type: String; var paired: Int?; var instructor: String?; var capacity: Int; var enrolled: Int; var exam: String? }
    struct Student {
        var id: String; var faculty: String; var curriculum: Int; var cohort: Int; var male: Bool; var ability: Double
        var status: String = "10"; var gpax: Double?; var cumAttempted = 0; var cumEarned = 0; var cumPoints = 0.0
        var scholarship: String?
    }
    struct Enrollment { var student: Int32; var section: Int32; var grade: UInt8; var attempt: UInt8; var registeredAt: Int32 }

    static let grades: [(String, Double?, Double)] = [
        ("A", 4.0, 15), ("B+", 3.5, 12), ("B", 3.0, 18), ("C+", 2.5, 15), ("C", 2.0, 15), ("D+", 1.5, 8), ("D", 1.0, 7), ("F", 0.0, 8), ("W", nil, 2),
    ]

    /// One run of `generate`: the one random sequence, drawn from in the same order every time, and the rows
    /// that later tables refer to, carried from table to table.
    struct Generation {
        var random: SeededRandom
        let terms: [Term]
        var currentTerm: Int { terms.last!.id }
        var departments: [Department] = []
        var curricula: [Curriculum] = []
        var instructors: [Instructor] = []
        var courses: [Course] = []
        var students: [Student] = []
        var studentRows: [[DemoValue]] = []
        var sections: [Section] = []
        var enrollments: [Enrollment] = []
        var summaries: [[DemoValue]] = []
        var history: [[DemoValue]] = []
        var graduations: [[DemoValue]] = []
        var termsByID: [Int: Term] = [:]
    }

    /// Generates every table into the sink, referenced tables first.
    public func generate<Sink: DemoSink>(into sink: inout Sink) throws {
        var run = Generation(random: SeededRandom(seed: seed), terms: makeTerms())
        try emitOrganisation(&run, into: &sink)
        try emitInstructors(&run, into: &sink)
        try emitCourses(&run, into: &sink)
        try emitStudents(&run, into: &sink)
        try emitTeaching(&run, into: &sink)
        try emitGraduation(&run, into: &sink)
        try emitRecords(&run, into: &sink)
        try emitSchedules(&run, into: &sink)
        try emitEnrolments(&run, into: &sink)
        try emitFinance(&run, into: &sink)
        try emitScholarships(&run, into: &sink)
    }

    /// Faculties, departments, curricula and terms.
    private func emitOrganisation<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        try emit(&sink, "faculty", ["faculty_code", "name_th", "name_en", "unit_type"],
                 DemoNames.faculties.map { [.text($0.0), .text($0.1), .text($0.2), .text($0.3)] })
        for (code, th, en, _) in DemoNames.faculties where code != "90" {
            let names: [(String, String)] = code == "01" ? DemoNames.engineeringDepartments
                : [("\(th.replacingOccurrences(of: "คณะ", with: "")) สาขา 1", "\(en) Programme 1"), ("\(th.replacingOccurrences(of: "คณะ", with: "")) สาขา 2", "\(en) Programme 2")]
            for (index, name) in names.enumerated() {
                run.departments.append(Department(id: run.departments.count + 1, faculty: code, code: String(format: "%02d", index + 1), th: name.0, en: name.1))
            }
        }
        try emit(&sink, "department", ["department_id", "faculty_code", "department_code", "name_th", "name_en"],
                 run.departments.map { [.integer(Int64($0.id)), .text($0.faculty), .text($0.code), .text("ภาควิชา" + $0.th), .text($0.en)] })
        for department in run.departments {
            let engineering = department.faculty == "01"
            run.curricula.append(Curriculum(id: run.curricula.count + 1, code: department.faculty + department.code, faculty: department.faculty, department: department.id, level: 1,
                                        th: "หลักสูตร" + (engineering ? "วิศวกรรมศาสตรบัณฑิต สาขา" : "บัณฑิต สาขา") + department.th, en: "Bachelor of \(engineering ? "Engineering" : "Science") in \(department.en)",
                                        abbr: engineering ? "วศ.บ." : department.faculty == "12" ? "บธ.บ." : department.faculty == "02" ? "สถ.บ." : "วท.บ.",
                                        type: run.random.chance(0.15) ? "INTERNATIONAL" : "REGULAR", minCredits: department.faculty == "02" ? 150 : 128, years: department.faculty == "02" ? 5 : 4))
            if department.code == "01" {
                run.curricula.append(Curriculum(id: run.curricula.count + 1, code: department.faculty + "M" + department.code.suffix(1), faculty: department.faculty, department: department.id, level: 2,
                                            th: "หลักสูตรมหาบัณฑิต สาขา" + department.th, en: "Master in \(department.en)", abbr: engineering ? "วศ.ม." : "วท.ม.",
                                            type: "REGULAR", minCredits: 36, years: 2))
            }
        }
        try emit(&sink, "curriculum", ["curriculum_id", "curriculum_code", "faculty_code", "department_id", "degree_level", "name_th", "name_en", "degree_abbr_th", "program_type", "revision_year_be", "min_credits", "normal_years", "is_active"],
                 run.curricula.map { [.integer(Int64($0.id)), .text($0.code), .text($0.faculty), .integer(Int64($0.department)), .integer(Int64($0.level)), .text($0.th), .text($0.en), .text($0.abbr), .text($0.type), .integer(2565), .integer(Int64($0.minCredits)), .integer(Int64($0.years)), .boolean(true)] })
        try emit(&sink, "academic_term", ["term_id", "academic_year_be", "semester", "start_date", "end_date", "registration_end", "withdraw_deadline"],
                 run.terms.map { [.integer(Int64($0.id)), .integer(Int64($0.year)), .integer(Int64($0.semester)), .date($0.start), .date($0.end), .date($0.registrationEnd), .date($0.withdraw)] })
    }

    /// Instructors, in the departments of the size's faculties and Engineering.
    private func emitInstructors<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        var instructorRows: [[DemoValue]] = []
        for department in run.departments where size.faculties.contains(department.faculty) || department.faculty == "01" {
            for _ in 0..<size.instructorsPerDepartment {
                let male = run.random.chance(0.55)
                let first = run.random.pick(male ? DemoNames.male : DemoNames.female), last = run.random.pick(DemoNames.surnames)
                let id = "T" + String(format: "%05d", run.instructors.count + 1)
                run.instructors.append(Instructor(id: id, department: department.id))
                let doctorate = run.random.chance(0.7)
                instructorRows.append([.text(id), .text(nationalID(&run.random, born: run.random.int(1960...1990))), .text(male ? "นาย" : run.random.pick(["นาง", "นางสาว"])),
                                       .text(run.random.weighted([("ศ.", 0.05), ("รศ.", 0.25), ("ผศ.", 0.35), ("อ.", 0.35)])), .boolean(doctorate),
                                       .text(first.0), .text(last.0), .text(first.1), .text(last.1), .integer(Int64(department.id)),
                                       .text("\(first.1.lowercased()).\(last.1.lowercased().prefix(2))@kmitl.ac.th"),
                                       .text(run.random.weighted([("CIVIL_SERVANT", 0.2), ("UNIV_EMPLOYEE", 0.7), ("CONTRACT", 0.1)]))])
            }
        }
        try emit(&sink, "instructor", ["instructor_id", "national_id", "title_th", "academic_rank", "has_doctorate", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "department_id", "email", "employment_type"], instructorRows)
    }

    /// Courses: each teaching faculty's own, and General Education.
    private func emitCourses<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        for faculty in size.faculties {
            let facultyNumber = Int(faculty)!
            for n in 0..<size.coursesPerFaculty {
                let subject = run.random.pick(DemoNames.subjects)
                let department = run.departments.filter { $0.faculty == faculty }[n % run.departments.filter { $0.faculty == faculty }.count]
                let lab = run.random.chance(0.3) ? 3 : 0
                run.courses.append(Course(code: String(format: "%02d%02d%04d", facultyNumber, 10 + n % 30, 1000 + n), faculty: faculty,
                                      th: subject.0 + department.th, en: "\(subject.1) \(department.en)", credits: lab > 0 ? 3 : run.random.pick([3, 3, 3, 2, 1]),
                                      lecture: lab > 0 ? 2 : 3, lab: lab, grading: run.random.chance(0.05) ? "SU" : "LETTER", group: run.random.pick(["CORE", "MAJOR", "MAJOR", "ELECTIVE"])))
            }
        }
        for (n, name) in DemoNames.genEd.enumerated() {
            run.courses.append(Course(code: String(format: "9064%04d", 1001 + n), faculty: "90", th: name.0, en: name.1, credits: 3, lecture: 3, lab: 0,
                                  grading: n == 11 ? "SU" : "LETTER", group: "GENED"))
        }
        try emit(&sink, "course", ["course_code", "owner_faculty_code", "name_th", "name_en", "credits", "lecture_hours", "lab_hours", "self_study_hours", "grading_mode", "course_group", "is_active"],
                 run.courses.map { [.text($0.code), .text($0.faculty), .text($0.th), .text($0.en), .integer(Int64($0.credits)), .integer(Int64($0.lecture)), .integer(Int64($0.lab)), .integer(Int64(2 * $0.credits - 1)), .text($0.grading), .text($0.group), .boolean(true)] })
    }

    /// Students: one cohort a year, in the size's faculties (their rows are written once their status is known).
    private func emitStudents<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        var running: [String: Int] = [:]
        let firstCohort = Self.currentYear - 5
        let advisors = Dictionary(grouping: run.instructors, by: \.department).mapValues { $0.map(\.id) }
        for cohort in firstCohort...Self.currentYear {
            for _ in 0..<size.cohortSize {
                let faculty = run.random.pick(size.faculties)
                let options = run.curricula.filter { $0.faculty == faculty && $0.level == 1 }
                let curriculum = run.random.pick(options)
                let key = "\(cohort % 100)\(faculty)"
                running[key, default: 0] += 1
                let id = String(format: "%02d%@%04d", cohort % 100, faculty, running[key]!)
                let male = run.random.chance(faculty == "01" ? 0.7 : 0.45)
                var student = Student(id: id, faculty: faculty, curriculum: curriculum.id, cohort: cohort, male: male, ability: run.random.normal(mean: 0, sd: 0.8))
                if run.random.chance(0.15) { student.scholarship = run.random.weighted([("LOAN", 0.6), ("KMITL-EXC", 0.15), ("KMITL-NEED", 0.15), ("GOVT-DPST", 0.1)]) }
                run.students.append(student)
                let first = run.random.pick(male ? DemoNames.male : DemoNames.female), last = run.random.pick(DemoNames.surnames)
                let thai = run.random.chance(0.97)
                let born = cohort - 543 - 18 - (run.random.chance(0.2) ? 1 : 0)
                let religion = run.random.weighted([("พุทธ", 93.0), ("อิสลาม", 5.0), ("คริสต์", 1.0), ("ไม่ระบุ", 1.0)])
                run.studentRows.append([
                    .text(id), thai ? .text(nationalID(&run.random, born: born)) : .null, thai ? .null : .text("P" + String(run.random.int(10_000_000...99_999_999))),
                    .text(male ? "นาย" : "นางสาว"), .text(first.0), .text(last.0), .text(first.1), .text(last.1), .text(male ? "M" : "F"),
                    .date(String(format: "%04d-%02d-%02d", born, run.random.int(1...12), run.random.int(1...28))),
                    .text(thai ? "THA" : run.random.pick(["CHN", "MMR", "KHM", "LAO", "VNM"])), .text(thai ? "ไทย" : "อื่น ๆ"), .text(religion),
                    .text(run.random.weighted([("O", 38.0), ("B", 33.0), ("A", 22.0), ("AB", 7.0)])),
                    run.random.chance(0.005) ? .text(run.random.pick(["VISUAL", "HEARING", "MOBILITY", "LEARNING"])) : .null,
                    .text("\(id)@kmitl.ac.th"), .text(String(format: "0%d%d-%03d-%04d", run.random.pick([6, 8, 9]), run.random.int(0...9), run.random.int(0...999), run.random.int(0...9999))),
                    .text("\(run.random.int(1...299))/\(run.random.int(1...99)) หมู่ \(run.random.int(1...12)) ตำบลลาดกระบัง"), .text(run.random.pick(DemoNames.provinces)),
                    .integer(Int64(curriculum.id)), .text(run.random.pick(advisors[curriculum.department] ?? [run.instructors[0].id])),
                    .integer(Int64(cohort * 10 + 1)), .text(run.random.weighted([("TCAS1", 0.3), ("TCAS2", 0.3), ("TCAS3", 0.35), ("TCAS4", 0.05)])),
                    .decimal(Self.truncate(min(4, max(2, run.random.normal(mean: 3.3, sd: 0.4))))), .text("10"), .timestamp("2026-11-01 00:00:00"),
                ])
            }
        }
    }

    /// Sections of each term, enrolments and grades, term summaries and status changes.
    private func emitTeaching<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        var sectionsByCourse: [Int: [Int]] = [:]
        var taken: [Int: Set<Int>] = [:]
        for student in run.students.indices {
            run.history.append([.integer(Int64(run.history.count + 1)), .text(run.students[student].id), .integer(Int64(run.students[student].cohort * 10 + 1)), .text("10"),
                            .date("\(run.students[student].cohort - 543)-08-01"), .text("ADMITTED"), .null, .text("T00001")])
        }
        let coursesOfFaculty = Dictionary(grouping: run.courses.indices) { run.courses[$0].faculty }
        for term in run.terms where term.year >= size.firstTermYear {
            sectionsByCourse.removeAll(keepingCapacity: true)
            let summer = term.semester == 3
            for (index, course) in run.courses.enumerated() where !summer || index % 4 == 0 {
                let count = course.faculty == "90" ? max(2, size.cohortSize / 80) : max(1, size.cohortSize * 9 / (size.faculties.count * 1_200))
                for n in 1...count {
                    let teacher = run.instructors.isEmpty ? nil : run.instructors[(index * 7 + n) % run.instructors.count].id
                    let lecture = Section(id: run.sections.count + 1, term: term.id, course: index, number: String(n), type: "L", paired: nil, instructor: teacher,
                                          capacity: 60, enrolled: 0, exam: term.graded || term.id == run.terms.last!.id ? "\(term.end(minusDays: 5)) 09:00:00" : nil)
                    run.sections.append(lecture)
                    sectionsByCourse[index, default: []].append(run.sections.count - 1)
                    if course.lab > 0 {
                        run.sections.append(Section(id: run.sections.count + 1, term: term.id, course: index, number: String(100 + n), type: "P", paired: lecture.id, instructor: teacher,
                                                capacity: 30, enrolled: 0, exam: nil))
                        run.sections[run.sections.count - 2].paired = run.sections.count
                    }
                }
            }
            for s in run.students.indices where run.students[s].cohort <= term.year && ["10", "11"].contains(run.students[s].status) {
                if term.year - run.students[s].cohort >= 4 && run.students[s].status == "10" && run.random.chance(0.85) { continue }
                if summer && !run.random.chance(0.2) { continue }
                let load = summer ? run.random.int(1...2) : run.random.int(5...7)
                var chosen: [Int] = []
                let own = coursesOfFaculty[run.students[s].faculty] ?? []
                let gened = coursesOfFaculty["90"] ?? []
                var attempts = 0
                while chosen.count < load && attempts < 40 {
                    attempts += 1
                    let course = (chosen.count < 2 || own.isEmpty) ? run.random.pick(gened) : run.random.pick(own)
                    guard let offered = sectionsByCourse[course], !chosen.contains(course) else { continue }
                    if taken[s]?.contains(course) == true && !run.random.chance(0.1) { continue }
                    chosen.append(course)
                    let section = run.random.pick(offered.filter { run.sections[$0].type == "L" })
                    let retake = taken[s]?.contains(course) == true
                    taken[s, default: []].insert(course)
                    run.sections[section].enrolled += 1
                    var grade: UInt8 = 255
                    if term.graded {
                        let shifted = run.random.weighted(Self.grades.enumerated().map { ($0.offset, $0.element.2) })
                        let withdrawn = Self.grades.count - 1
                        grade = UInt8(shifted == withdrawn ? withdrawn : max(0, min(withdrawn - 1, shifted - Int(run.students[s].ability.rounded()))))
                    }
                    run.enrollments.append(Enrollment(student: Int32(s), section: Int32(section), grade: grade, attempt: retake ? 2 : 1, registeredAt: Int32(run.random.int(0...(3 * 86_400)))))
                }
            }
            guard term.graded else { continue }
            // Term results from this term's graded enrolments.
            var perStudent: [Int: (registered: Int, attempted: Int, earned: Int, points: Double)] = [:]
            for e in run.enrollments.reversed() {
                guard run.sections[Int(e.section)].term == term.id else { break }
                let course = run.courses[run.sections[Int(e.section)].course]
                var t = perStudent[Int(e.student)] ?? (0, 0, 0, 0)
                t.registered += course.credits
                let letter = Self.grades[Int(e.grade)]
                if course.grading == "LETTER", let point = letter.1 {
                    t.attempted += course.credits
                    t.points += point * Double(course.credits)
                    if point > 0 { t.earned += course.credits }
                } else if course.grading == "SU", letter.0 != "W", letter.0 != "F" {
                    t.earned += course.credits
                }
                perStudent[Int(e.student)] = t
            }
            for (s, t) in perStudent.sorted(by: { $0.key < $1.key }) {
                run.students[s].cumAttempted += t.attempted
                run.students[s].cumEarned += t.earned
                run.students[s].cumPoints += t.points
                let gpa = t.attempted > 0 ? Self.truncate(t.points / Double(t.attempted)) : nil
                let gpax = run.students[s].cumAttempted > 0 ? Self.truncate(run.students[s].cumPoints / Double(run.students[s].cumAttempted)) : nil
                run.students[s].gpax = gpax
                var standing = "NORMAL"
                if let gpax, !summer {
                    if gpax < 1.5 && run.students[s].status == "11" {
                        standing = "DISMISSED"
                        run.students[s].status = "30"
                    } else if gpax < 2.0 {
                        standing = "PROBATION"
                        if run.students[s].status == "10" { run.students[s].status = "11" }
                    } else if run.students[s].status == "11" {
                        run.students[s].status = "10"
                    }
                    if standing != "NORMAL" {
                        run.history.append([.integer(Int64(run.history.count + 1)), .text(run.students[s].id), .integer(Int64(term.id)), .text(run.students[s].status),
                                        .date(term.end), .text("LOW_GPAX"), .null, .text("T00001")])
                    }
                }
                run.summaries.append([.text(run.students[s].id), .integer(Int64(term.id)), .integer(Int64(t.registered)), .integer(Int64(t.attempted)), .integer(Int64(t.earned)),
                                  .decimal(t.points), gpa.map { .decimal($0) } ?? .null, .integer(Int64(run.students[s].cumAttempted)), .integer(Int64(run.students[s].cumEarned)),
                                  .decimal(run.students[s].cumPoints), gpax.map { .decimal($0) } ?? .null, .text(standing)])
            }
        }
    }

    /// Graduation: cohorts whose fourth year ended before the current term; some students resign.
    private func emitGraduation<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        for s in run.students.indices where run.students[s].cohort + 4 <= Self.currentYear && run.students[s].status == "10" {
            let gpax = run.students[s].gpax ?? Self.truncate(min(4, max(2, run.random.normal(mean: 2.9, sd: 0.45))))
            guard gpax >= 2.0, run.random.chance(0.92) else { continue }
            let year = run.students[s].cohort + 3
            let honors: DemoValue = gpax >= 3.5 ? .text("FIRST") : gpax >= 3.25 ? .text("SECOND") : .null
            run.students[s].status = "40"
            run.graduations.append([.text(run.students[s].id), .integer(Int64(run.students[s].curriculum)), .integer(Int64(year * 10 + 2)), .date("\(year - 542)-06-25"),
                                .decimal(gpax), .integer(Int64(max(run.students[s].cumEarned, 128))), honors, .text("\(year + 1)/\(String(format: "%05d", run.graduations.count + 1))"),
                                .date("\(year - 542)-11-15")])
            run.history.append([.integer(Int64(run.history.count + 1)), .text(run.students[s].id), .integer(Int64(year * 10 + 2)), .text("40"), .date("\(year - 542)-06-25"), .text("GRADUATED"), .null, .text("T00001")])
        }
        for s in run.students.indices where run.students[s].status == "10" && run.random.chance(0.02) {
            run.students[s].status = "32"
            run.history.append([.integer(Int64(run.history.count + 1)), .text(run.students[s].id), .integer(Int64(run.currentTerm)), .text("32"), .date("2026-07-01"), .text("RESIGNED"), .null, .text("T00001")])
        }
        for s in run.students.indices {
            run.studentRows[s][24] = .text(run.students[s].status)
        }
    }

    /// The students, their status history and the sections, now that every status is known.
    private func emitRecords<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        try emit(&sink, "student", ["student_id", "national_id", "passport_no", "title_th", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "gender", "birth_date", "nationality", "race", "religion", "blood_group", "disability_code", "email", "mobile_phone", "home_address", "home_province", "curriculum_id", "advisor_id", "admission_term_id", "admission_round", "prior_school_gpax", "current_status", "updated_at"],
                 run.studentRows)
        try emit(&sink, "student_status_history", ["status_history_id", "student_id", "term_id", "status_code", "effective_date", "reason_code", "reason_note", "approved_by"], run.history)
        try emit(&sink, "class_section", ["section_id", "term_id", "course_code", "section_no", "section_type", "paired_section_id", "primary_instructor_id", "capacity", "enrolled_count", "final_exam_at"],
                 run.sections.map { [.integer(Int64($0.id)), .integer(Int64($0.term)), .text(run.courses[$0.course].code), .text($0.number), .text($0.type), $0.paired.map { .integer(Int64($0)) } ?? .null,
                                 $0.instructor.map { .text($0) } ?? .null, .integer(Int64($0.capacity)), .integer(Int64($0.enrolled)), $0.exam.map { .timestamp($0) } ?? .null] })
    }

    /// The weekly slots of each section.
    private func emitSchedules<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        var schedules: [[DemoValue]] = []
        for section in run.sections {
            let slots = section.type == "P" || run.courses[section.course].credits < 3 ? 1 : 2
            for slot in 0..<slots {
                let start = [8, 9, 10, 13, 14, 15][(section.id + slot * 3) % 6]
                let length = section.type == "P" ? 3 : run.courses[section.course].credits == 3 && slots == 2 ? 1 : 2
                schedules.append([.integer(Int64(schedules.count + 1)), .integer(Int64(section.id)), .integer(Int64((section.id + slot * 2) % 5 + 1)),
                                  .text(String(format: "%02d:00", start)), .text(String(format: "%02d:30", start + length - 1)),
                                  .text(String(format: "%@-%d%02d", ["ECC", "HM", "LX", "SCL"][section.course % 4], (section.id % 8) + 1, section.id % 20)), .null])
            }
        }
        try emit(&sink, "section_schedule", ["schedule_id", "section_id", "day_of_week", "start_time", "end_time", "room_code", "instructor_id"], schedules)
    }

    /// Enrolments, term summaries and graduations.
    private func emitEnrolments<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        run.termsByID = Dictionary(uniqueKeysWithValues: run.terms.map { ($0.id, $0) })
        try sink.begin(table: "enrollment", columns: ["enrollment_id", "student_id", "section_id", "term_id", "course_code", "register_type", "attempt_no", "enroll_status", "registered_at", "credits", "letter_grade", "grade_point", "counts_in_gpa"])
        for (index, e) in run.enrollments.enumerated() {
            let section = run.sections[Int(e.section)], course = run.courses[section.course]
            let graded = e.grade != 255
            var letter: DemoValue = .null, point: DemoValue = .null
            var status = "REGISTERED"
            if graded {
                let grade = Self.grades[Int(e.grade)]
                if grade.0 == "W" {
                    letter = .text("W")
                    status = "WITHDRAWN"
                } else if course.grading == "SU" {
                    letter = .text(grade.1.map { $0 > 0 } ?? false ? "S" : "U")
                } else {
                    letter = .text(grade.0)
                    point = grade.1.map { .decimal($0) } ?? .null
                }
            }
            let start = run.termsByID[section.term]!.start
            try sink.row([.integer(Int64(index + 1)), .text(run.students[Int(e.student)].id), .integer(Int64(section.id)), .integer(Int64(section.term)), .text(course.code),
                          .text("CREDIT"), .integer(Int64(e.attempt)), .text(status), .timestamp(Self.timestamp(start, plusSeconds: Int(e.registeredAt) - 5 * 86_400)),
                          .integer(Int64(course.credits)), letter, point, .boolean(course.grading == "LETTER" && point != .null)])
        }
        try sink.end()
        try emit(&sink, "term_gpa_summary", ["student_id", "term_id", "credits_registered", "credits_attempted", "credits_earned", "grade_points", "gpa", "cum_credits_attempted", "cum_credits_earned", "cum_grade_points", "gpax", "academic_standing"], run.summaries)
        try emit(&sink, "graduation", ["student_id", "curriculum_id", "graduation_term_id", "council_approval_date", "final_gpax", "total_credits_earned", "honors", "degree_certificate_no", "commencement_date"], run.graduations)
    }

    /// Invoices: one a student a regular term with registrations.
    private func emitFinance<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        var invoices: [[DemoValue]] = []
        var registered = Set<Int64>()
        for e in run.enrollments {
            let key = Int64(e.student) << 20 | Int64(run.sections[Int(e.section)].term)
            guard !registered.contains(key) else { continue }
            registered.insert(key)
            let term = run.termsByID[run.sections[Int(e.section)].term]!
            let student = run.students[Int(e.student)]
            let international = run.curricula[student.curriculum - 1].type == "INTERNATIONAL"
            let tuition = term.semester == 3 ? 6_000.0 : international ? 45_000 : Double(run.random.pick([15_900, 18_900, 21_900, 25_900]))
            let discount = student.scholarship == "LOAN" ? tuition : student.scholarship != nil ? (tuition / 2).rounded() : 0
            let recent = term.id == run.currentTerm
            let status = discount == tuition ? "PAID" : recent ? run.random.weighted([("PAID", 0.85), ("UNPAID", 0.1), ("OVERDUE", 0.05)]) : run.random.weighted([("PAID", 0.98), ("WAIVED", 0.01), ("CANCELLED", 0.01)])
            let paid = status == "PAID"
            invoices.append([.integer(Int64(invoices.count + 1)), .text(String(format: "INV%05d-%06d", term.id, invoices.count + 1)), .text(student.id), .integer(Int64(term.id)),
                             .text(term.semester == 3 ? "PER_CREDIT" : "FLAT"), .decimal(tuition), .decimal(1_000), .decimal(discount), .decimal(tuition + 1_000 - discount),
                             .date(Self.date(term.start, plusDays: 21)), .text(status), paid ? .timestamp(Self.timestamp(term.start, plusSeconds: run.random.int(0...20) * 86_400 + 36_000)) : .null,
                             paid ? .text(discount == tuition ? "LOAN_FUND" : run.random.pick(["BANK", "MOBILE", "PROMPTPAY_QR"])) : .null,
                             paid ? .text(String(format: "REF%012d", run.random.int(0...999_999_999_999))) : .null])
        }
        try emit(&sink, "fee_invoice", ["invoice_id", "invoice_no", "student_id", "term_id", "fee_scheme", "tuition_amount", "other_fees_amount", "discount_amount", "total_amount", "due_date", "status", "paid_at", "payment_channel", "payment_ref"], invoices)
    }

    /// Scholarship schemes and awards.
    private func emitScholarships<Sink: DemoSink>(_ run: inout Generation, into sink: inout Sink) throws {
        let schemes: [[DemoValue]] = [
            [.text("LOAN"), .text("กองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.)"), .text("LOAN"), .text("TUITION_FULL"), .null, .null, .null],
            [.text("KMITL-EXC"), .text("ทุนเรียนดี สจล."), .text("INTERNAL"), .text("TUITION_FULL"), .decimal(25_000), .decimal(3.25), .null],
            [.text("KMITL-NEED"), .text("ทุนขาดแคลนทุนทรัพย์"), .text("INTERNAL"), .text("TUITION_PART"), .decimal(10_000), .decimal(2.0), .null],
            [.text("GOVT-DPST"), .text("ทุนพัฒนาและส่งเสริมผู้มีความสามารถพิเศษ (พสวท.)"), .text("GOVT"), .text("STIPEND"), .decimal(30_000), .decimal(3.0), .null],
            [.text("KMITL-DIS"), .text("ทุนสนับสนุนนักศึกษาพิการ"), .text("INTERNAL"), .text("TUITION_FULL"), .decimal(20_000), .null, .text("DISABLED")],
        ]
        try emit(&sink, "scholarship", ["scholarship_code", "name_th", "source_type", "benefit_type", "amount_per_term", "min_gpax", "target_group"], schemes)
        var awards: [[DemoValue]] = []
        for student in run.students {
            guard let code = student.scholarship else { continue }
            let start = max(student.cohort, size.firstTermYear) * 10 + 1
            awards.append([.integer(Int64(awards.count + 1)), .text(code), .text(student.id), .integer(Int64(start)),
                           .text(["30", "32"].contains(student.status) ? "ENDED" : "AWARDED"), .decimal(code == "LOAN" ? 21_900 : code == "GOVT-DPST" ? 30_000 : 10_000),
                           .decimal(Double(run.random.int(8...60)) * 10_000)])
        }
        try emit(&sink, "scholarship_award", ["award_id", "scholarship_code", "student_id", "start_term_id", "award_status", "amount_per_term", "household_income_annual"], awards)
    }

    private func emit<Sink: DemoSink>(_ sink: inout Sink, _ table: String, _ columns: [String], _ rows: [[DemoValue]]) throws {
        try sink.begin(table: table, columns: columns)
        for row in rows { try sink.row(row) }
        try sink.end()
    }

    /// Terms from the first cohort's first year to the current one (1/2569, in progress).
    func makeTerms() -> [Term] {
        var terms: [Term] = []
        for year in (Self.currentYear - 5)...Self.currentYear {
            let ce = year - 543
            terms.append(Term(id: year * 10 + 1, year: year, semester: 1, start: "\(ce)-07-14", end: "\(ce)-11-14", registrationEnd: "\(ce)-07-28", withdraw: "\(ce)-10-10", graded: year < Self.currentYear))
            guard year < Self.currentYear else { break }
            terms.append(Term(id: year * 10 + 2, year: year, semester: 2, start: "\(ce)-12-01", end: "\(ce + 1)-04-03", registrationEnd: "\(ce)-12-15", withdraw: "\(ce + 1)-02-27", graded: true))
            terms.append(Term(id: year * 10 + 3, year: year, semester: 3, start: "\(ce + 1)-04-24", end: "\(ce + 1)-06-19", registrationEnd: "\(ce + 1)-04-30", withdraw: "\(ce + 1)-06-01", graded: true))
        }
        return terms
    }

    /// A Thai national id with a valid check digit: category 1 (Thai, born 1984 or later) or 3.
    func nationalID(_ random: inout SeededRandom, born: Int) -> String {
        var digits = [born >= 1984 ? 1 : 3]
        for _ in 0..<11 { digits.append(random.int(0...9)) }
        digits.append(Self.checkDigit(digits))
        return digits.map(String.init).joined()
    }

    /// The check digit of the first twelve digits of a national id.
    public static func checkDigit(_ digits: [Int]) -> Int {
        let sum = (0..<12).reduce(0) { $0 + digits[$1] * (13 - $1) }
        return (11 - sum % 11) % 10
    }

    /// Truncates to two decimals, as the registrar does with GPAs.
    static func truncate(_ value: Double) -> Double {
        (value * 100 + 1e-9).rounded(.down) / 100
    }

    static func date(_ start: String, plusDays days: Int) -> String {
        timestamp(start, plusSeconds: days * 86_400).prefix(10).description
    }

    static func timestamp(_ start: String, plusSeconds seconds: Int) -> String {
        let parts = start.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: components)!.addingTimeInterval(TimeInterval(seconds))
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}

extension DemoRegistrar.Term {
    func end(minusDays days: Int) -> String {
        DemoRegistrar.date(end, plusDays: -days)
    }
}
