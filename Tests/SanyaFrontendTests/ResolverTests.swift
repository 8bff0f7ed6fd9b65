import Foundation
@testable import SanyaFrontend
import SanyaModel
import SanyaDemo
import SanyaTestSupport
import Testing

/// About the repository's example contracts and catalog (`Contracts/`): a change to an example shows here.
@Suite("Resolving the repository's example contracts against its catalog")
struct ResolverTests {
    static let today = LocalDate("2026-11-26")!
    static let result = Project(root: Repository.root).check(today: today)

    func contract(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Contract {
        try #require(Self.result.contracts.first { $0.id == id }, sourceLocation: sourceLocation)
    }

    @Test("fields through the same relation share one join, and joins follow the path")
    func joins() throws {
        let contract = try contract("library-active-students")
        #expect(contract.query.joins.map(\.path) == ["curriculum", "curriculum.faculty"])
        #expect(contract.query.joins.map(\.alias) == ["t1", "t2"])
        #expect(contract.query.joins[1].fromAlias == "t1")
        #expect(contract.query.joins[1].on == [ColumnPair(from: "faculty_code", to: "faculty_code")])
        let faculty = try #require(contract.query.fields.first { $0.name == "faculty_en" })
        guard case .column(let column, nil) = faculty.value else { Issue.record("not a plain column"); return }
        #expect(column.alias == "t2")
        #expect(column.table == "faculty")
        #expect(column.nullable, "a column reached through a join may be empty")
    }

    @Test("fixed filters are typed against their columns")
    func filters() throws {
        let contract = try contract("engineering-enrolment")
        #expect(contract.query.filters.map(\.values) == [[.string("01")], [.integer(2566)]])
        #expect(contract.query.filters.map(\.op) == [.equals, .greaterOrEqual])
    }

    @Test("list parameters compare with 'in' and are capped")
    func parameters() throws {
        let contract = try contract("scholarship-gpa-lookup")
        let ids = try #require(contract.query.parameters.first)
        #expect(ids.op == .in)
        #expect(ids.list && ids.required)
        #expect(ids.maxItems == 500)
        #expect(contract.query.parameters[1].op == .greaterOrEqual)
        #expect(!contract.query.parameters[1].required)
        let timetable = try self.contract("course-timetable")
        #expect(timetable.query.parameters[1].maxItems == 50)
    }

    @Test("masked fields take the mask's output type")
    func masks() throws {
        let contract = try contract("research-retention-study")
        let birth = try #require(contract.query.fields.first { $0.name == "birth_year" })
        #expect(birth.mask == .year)
        #expect(birth.type.kind == .integer)
        #expect(birth.sensitivity == .personal)
        #expect(contract.query.fields.first?.type.length == 16)
    }

    @Test("aggregated contracts with suppression are no longer personal data")
    func aggregates() throws {
        let contract = try contract("graduation-statistics")
        #expect(contract.query.isAggregated)
        #expect(contract.query.minGroupSize == 5)
        #expect(contract.query.groupFields.map(\.name) == ["faculty_code", "faculty_th", "faculty_en", "academic_year_be", "honors"])
        #expect(contract.sensitivity < .personal)
    }

    @Test("allow-lists keep networks and hosts, URLs reduced to their host")
    func allowList() throws {
        let contract = try contract("library-active-students")
        #expect(contract.delivery.allow.map(\.description) == ["10.20.0.0/16", "2001:db8:20::/48", "library.kmitl.ac.th"])
        #expect(contract.delivery.rateLimit == RateLimit(requests: 60, seconds: 60))
    }

    @Test("the catalog's dependency order puts referenced tables first")
    func dependencyOrder() {
        let order = Self.result.catalog.dependencyOrder.map(\.name)
        for table in Self.result.catalog.tables {
            for fk in table.foreignKeys where fk.referencedTable != table.name {
                #expect(order.firstIndex(of: fk.referencedTable)! < order.firstIndex(of: table.name)!)
            }
        }
    }
}

@Suite("Values of the model")
struct ModelTests {
    @Test("IP networks match addresses inside them, IPv4-mapped IPv6 included")
    func networks() throws {
        let v4 = try #require(IPNetwork("10.20.0.0/16"))
        #expect(v4.contains("10.20.3.4"))
        #expect(!v4.contains("10.21.0.1"))
        #expect(v4.contains("::ffff:10.20.0.9"))
        let v6 = try #require(IPNetwork("2001:db8::/32"))
        #expect(v6.contains("2001:db8:1::5"))
        #expect(!v6.contains("2001:db9::1"))
        #expect(IPNetwork("10.1.2.3/24")?.description == "10.1.2.0/24")
        #expect(IPNetwork("127.0.0.2")?.isSingleAddress == true)
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("host") == nil)
    }

    @Test("dates are real calendar dates and print in Buddhist Era")
    func dates() throws {
        #expect(LocalDate("2024-02-29") != nil)
        #expect(LocalDate("2025-02-29") == nil)
        #expect(LocalDate("2025-2-1") == nil)
        #expect(try #require(LocalDate("2024-08-15")).thai == "15 ส.ค. 2567")
        #expect(try #require(LocalDate("2026-01-01")).daysSinceEpoch - (try #require(LocalDate("2025-12-31"))).daysSinceEpoch == 1)
        #expect(try #require(LocalDate("1970-01-01")).daysSinceEpoch == 0)
    }

    @Test("e-mail addresses and phone numbers of the request form")
    func contacts() {
        #expect(ContractChecker.isValidEmail("somchai.ja@kmitl.ac.th"))
        #expect(!ContractChecker.isValidEmail("somchai@kmitl"))
        #expect(!ContractChecker.isValidEmail("a@@b.co"))
        #expect(ContractChecker.isValidPhone("02-329-8000 ต่อ 6201"))
        #expect(ContractChecker.isValidPhone("+66 2 329 8000"))
        #expect(!ContractChecker.isValidPhone("12"))
        #expect(!ContractChecker.isValidPhone("02-329-8000 ต่อ"))
        #expect(ContractChecker.isValidPhone("(02) 329 8000 ext. 12"))
        #expect(!ContractChecker.isValidPhone("02-329-8000-1234-5678-9"))
        #expect(ContractChecker.isValidEmail("สมชาย@มหาวิทยาลัย.ไทย"))
        #expect(!ContractChecker.isValidEmail(".a@b.co"))
        #expect(!ContractChecker.isValidEmail(String(repeating: "a", count: 65) + "@b.co"))
    }

    @Test("the allow-entry pattern accepts exactly the addresses inet_pton reads, and everything it accepts converts")
    func allowEntryPatternAgreesWithTheParser() {
        var random = SeededRandom(seed: 2569)
        func hex() -> String { String(random.next() % 0x10000, radix: 16) }
        func v4() -> String { (0..<4).map { _ in String(random.next() % 256) }.joined(separator: ".") }
        var samples = ["::", "::1", "1::", "::ffff:10.0.0.1", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
                       "1:2:3:4:5:6:7:8:9", "1:::2", "12345::", "1.2.3.04", "256.1.1.1", "1:2:3:4:5:6:7:1.2.3.4"]
        for _ in 0..<4000 {
            var groups = (0..<8).map { _ in hex() }
            if random.next() % 3 == 0 { groups.removeLast(2); groups.append(v4()) }
            var text = groups.joined(separator: ":")
            if random.next() % 2 == 0 {
                let start = Int(random.next() % UInt64(groups.count)), length = Int(random.next() % UInt64(groups.count - start)) + 1
                text = groups[..<start].joined(separator: ":") + "::" + groups[(start + length)...].joined(separator: ":")
            }
            switch random.next() % 6 {
            case 0: text.insert(":", at: text.index(text.startIndex, offsetBy: Int(random.next() % UInt64(text.count))))
            case 1: text.remove(at: text.index(text.startIndex, offsetBy: Int(random.next() % UInt64(text.count))))
            default: break
            }
            samples.append(text)
        }
        for text in samples {
            #expect(FormRule.allowEntry.accepts(text) == (IPNetwork(text) != nil), "\(text)")
        }
        let entries = ["*", "any", "10.1.2.0/24", "10.1.2.3/33", "2001:db8::/32", "2001:db8::/129", "lib.example.ac.th", "reportsrv", "10.1.2",
                       "-bad.example", "https://lib.example.ac.th:8443/sync", "https://user@[2001:db8::1]:443/x", "http://10.1.2.3/24",
                       "ftp://", "https://lib.example.ac.th:123456", "a..b", String(repeating: "a.", count: 127) + "a"]
        for text in entries where FormRule.allowEntry.accepts(text) {
            #expect(ClientRule(parsing: text) != nil, "\(text) passes the pattern but does not convert")
        }
        #expect(entries.filter { FormRule.allowEntry.accepts($0) } == ["*", "any", "10.1.2.0/24", "2001:db8::/32", "lib.example.ac.th", "reportsrv",
                                                                         "https://lib.example.ac.th:8443/sync", "https://user@[2001:db8::1]:443/x", "http://10.1.2.3/24"])
    }

    @Test("business days: weekdays less the registrar's holidays, counted after the previous step")
    func businessDays() throws {
        let monday = try #require(LocalDate("2026-11-23"))
        let plain = BusinessCalendar()
        #expect(plain.businessDays(after: monday, through: monday.adding(days: 1)) == 1)
        #expect(plain.businessDays(after: monday, through: monday.adding(days: 2)) == 2)
        #expect(plain.businessDays(after: monday.adding(days: 4), through: monday.adding(days: 7)) == 1, "Friday to Monday is one day")
        #expect(plain.businessDays(after: monday, through: monday) == 0)
        #expect(plain.businessDays(after: monday, through: monday.adding(days: 28)) == 20)
        let holidays = BusinessCalendar(holidays: [.init(date: try #require(LocalDate("2026-12-07")), name: "substitute"),
                                                   .init(date: try #require(LocalDate("2026-12-05")), name: "Saturday, no effect")])
        #expect(holidays.businessDays(after: try #require(LocalDate("2026-12-04")), through: try #require(LocalDate("2026-12-08"))) == 1)
        #expect(!holidays.isBusinessDay(try #require(LocalDate("2026-12-07"))))
        // The fast count agrees with counting day by day over many spans.
        for start in 0..<60 {
            for length in 0..<40 {
                let from = monday.adding(days: start - 30), to = from.adding(days: length)
                let slow = (1...max(1, length)).filter { length > 0 && holidays.isBusinessDay(from.adding(days: $0)) }.count
                #expect(holidays.businessDays(after: from, through: to) == slow)
            }
        }
    }
}
