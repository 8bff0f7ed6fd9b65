import Foundation
@testable import SanyaFrontend
import SanyaModel
import SanyaTestSupport
import Testing

@Suite("Resolving contracts against the catalog")
struct ResolverTests {
    static let today = LocalDate("2026-11-26")!
    static let result = Project(root: Repository.root).check(today: today)

    func contract(_ id: String) throws -> Contract {
        try #require(Self.result.contracts.first { $0.id == id })
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
    }
}
