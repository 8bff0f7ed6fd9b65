/// Names and units from the registrar's domain notes, for synthetic people and departments.
enum DemoNames {
    static let male: [(String, String)] = [
        ("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("ประเสริฐ", "Prasert"), ("วิชัย", "Wichai"), ("สุริยา", "Suriya"), ("อนุชา", "Anucha"),
        ("ชัยวัฒน์", "Chaiwat"), ("ศุภชัย", "Supachai"), ("เอกชัย", "Ekkachai"), ("สิทธิชัย", "Sitthichai"), ("อภิสิทธิ์", "Apisit"), ("กฤษดา", "Kritsada"),
        ("วรวุฒิ", "Worawut"), ("ปกรณ์", "Pakorn"), ("ธนากร", "Thanakorn"), ("ธนวัฒน์", "Thanawat"), ("ธนพล", "Thanaphon"), ("ณัฐพล", "Nattaphon"),
        ("ณัฐวุฒิ", "Nattawut"), ("พงศกร", "Pongsakorn"), ("ภาณุวัฒน์", "Panuwat"), ("จักรพันธ์", "Jakkaphan"), ("วีรยุทธ", "Weerayut"), ("ธีรภัทร", "Teeraphat"),
        ("กิตติพัฒน์", "Kittiphat"), ("พีรพัฒน์", "Peeraphat"), ("ภูมิพัฒน์", "Phumiphat"), ("ชนาธิป", "Chanathip"), ("กันตภณ", "Kantaphon"), ("ศิวกร", "Siwakorn"),
    ]
    static let female: [(String, String)] = [
        ("สุดารัตน์", "Sudarat"), ("กนกวรรณ", "Kanokwan"), ("ศิริพร", "Siriporn"), ("ปิยะนุช", "Piyanuch"), ("วรรณา", "Wanna"), ("รัตนา", "Rattana"),
        ("อัญชลี", "Anchalee"), ("สุภาวดี", "Supawadee"), ("จิราพร", "Jiraporn"), ("พรทิพย์", "Pornthip"), ("ธิดารัตน์", "Thidarat"), ("ชุติมา", "Chutima"),
        ("ศศิธร", "Sasithorn"), ("อรอุมา", "Onuma"), ("เบญจวรรณ", "Benjawan"), ("ปวีณา", "Paweena"), ("ชนิดา", "Chanida"), ("ธนพร", "Thanaporn"),
        ("มณีรัตน์", "Maneerat"), ("ปาริชาติ", "Parichat"), ("นันทนา", "Nantana"), ("กมลชนก", "Kamonchanok"), ("พิมพ์ชนก", "Pimchanok"), ("ณัฐธิดา", "Natthida"),
        ("นภัสสร", "Napatsorn"), ("วริศรา", "Warisara"), ("ณัฐณิชา", "Natnicha"), ("ภัทราภรณ์", "Phattaraporn"), ("กัญญาณัฐ", "Kanyanat"), ("ชญานิศ", "Chayanit"),
    ]
    static let surnames: [(String, String)] = [
        ("สุขสวัสดิ์", "Suksawat"), ("ศรีสุข", "Srisuk"), ("วงศ์สวัสดิ์", "Wongsawat"), ("แก้วมณี", "Kaewmanee"), ("บุญมา", "Boonma"), ("ทองดี", "Thongdee"),
        ("สมบูรณ์", "Somboon"), ("รัตนวงศ์", "Rattanawong"), ("ชัยมงคล", "Chaimongkol"), ("ศรีวงศ์", "Sriwong"), ("สุวรรณรัตน์", "Suwannarat"), ("อินทร์แก้ว", "Inkaew"),
        ("มีสุข", "Meesuk"), ("เจริญผล", "Charoenphon"), ("ประเสริฐศรี", "Prasertsri"), ("ปัญญาดี", "Panyadee"), ("วัฒนชัย", "Wattanachai"), ("ทองคำ", "Thongkham"),
        ("บุญเรือง", "Boonruang"), ("สุขเจริญ", "Sukcharoen"), ("แสงทอง", "Saengthong"), ("รุ่งเรือง", "Rungruang"), ("คงเจริญ", "Khongcharoen"), ("ศรีประเสริฐ", "Sriprasert"),
        ("วิเศษสุวรรณ", "Wisetsuwan"), ("ปานทอง", "Panthong"), ("บุญประเสริฐ", "Boonprasert"), ("เพชรรัตน์", "Petcharat"), ("มั่นคง", "Mankong"), ("โชติวงศ์", "Chotiwong"),
        ("ลิ้มประเสริฐ", "Limprasert"), ("ตั้งจิตต์", "Tangjit"), ("แซ่ตั้ง", "Sae-Tang"), ("แซ่ลิ้ม", "Sae-Lim"), ("จันทร์หอม", "Chanhom"), ("ศรีสมบัติ", "Srisombat"),
        ("พรหมมา", "Phromma"), ("นาคสวัสดิ์", "Naksawat"), ("เรืองศรี", "Ruangsri"), ("ใจดี", "Jaidee"),
    ]
    /// Registrar code, Thai name, English name, unit type.
    static let faculties: [(String, String, String, String)] = [
        ("01", "คณะวิศวกรรมศาสตร์", "Engineering", "FACULTY"),
        ("02", "คณะสถาปัตยกรรม ศิลปะและการออกแบบ", "Architecture, Art and Design", "FACULTY"),
        ("03", "คณะครุศาสตร์อุตสาหกรรมและเทคโนโลยี", "Industrial Education and Technology", "FACULTY"),
        ("04", "คณะเทคโนโลยีการเกษตร", "Agricultural Technology", "FACULTY"),
        ("05", "คณะวิทยาศาสตร์", "Science", "FACULTY"),
        ("06", "คณะอุตสาหกรรมอาหาร", "Food Industry", "FACULTY"),
        ("07", "คณะเทคโนโลยีสารสนเทศ", "Information Technology", "FACULTY"),
        ("09", "วิทยาลัยนานาชาติ", "International College", "COLLEGE"),
        ("10", "วิทยาลัยเทคโนโลยีและนวัตกรรมวัสดุ", "Materials Innovation and Technology", "COLLEGE"),
        ("11", "วิทยาลัยนวัตกรรมการผลิตขั้นสูง", "Advanced Manufacturing Innovation", "COLLEGE"),
        ("12", "คณะบริหารธุรกิจ", "KMITL Business School", "FACULTY"),
        ("14", "วิทยาลัยอุตสาหกรรมการบินนานาชาติ", "International Academy of Aviation Industry", "COLLEGE"),
        ("15", "คณะศิลปศาสตร์", "Liberal Arts", "FACULTY"),
        ("16", "คณะแพทยศาสตร์", "Medicine", "FACULTY"),
        ("17", "การจัดการนวัตกรรมและอุตสาหกรรม", "Innovation and Industrial Management", "COLLEGE"),
        ("18", "วิทยาลัยวิศวกรรมสังคีต", "Music Science and Engineering", "COLLEGE"),
        ("19", "คณะทันตแพทยศาสตร์", "Dentistry", "FACULTY"),
        ("20", "วิทยาเขตชุมพรเขตรอุดมศักดิ์", "Prince of Chumphon Campus", "CAMPUS"),
        ("90", "สำนักวิชาศึกษาทั่วไป", "General Education", "OFFICE"),
    ]
    static let engineeringDepartments: [(String, String)] = [
        ("วิศวกรรมโทรคมนาคม", "Telecommunications Engineering"), ("วิศวกรรมไฟฟ้า", "Electrical Engineering"),
        ("วิศวกรรมอิเล็กทรอนิกส์", "Electronics Engineering"), ("วิศวกรรมระบบควบคุม", "Control Systems Engineering"),
        ("วิศวกรรมคอมพิวเตอร์", "Computer Engineering"), ("วิศวกรรมเครื่องกล", "Mechanical Engineering"),
        ("วิศวกรรมโยธา", "Civil Engineering"), ("วิศวกรรมเคมี", "Chemical Engineering"), ("วิศวกรรมอุตสาหการ", "Industrial Engineering"),
    ]
    static let subjects: [(String, String)] = [
        ("หลักการ", "Principles of"), ("ปฏิบัติการ", "Laboratory in"), ("การออกแบบ", "Design of"), ("การวิเคราะห์", "Analysis of"),
        ("หัวข้อพิเศษ", "Special Topics in"), ("สัมมนา", "Seminar in"), ("ระบบ", "Systems of"), ("คณิตศาสตร์สำหรับ", "Mathematics for"),
    ]
    static let genEd: [(String, String)] = [
        ("ภาษาอังกฤษเพื่อการสื่อสาร", "English for Communication"), ("แคลคูลัส 1", "Calculus 1"), ("ฟิสิกส์ทั่วไป", "General Physics"),
        ("การคิดเชิงคำนวณ", "Computational Thinking"), ("ชีวิตกับสิ่งแวดล้อม", "Life and Environment"), ("ภาษาไทยเพื่อการสื่อสาร", "Thai for Communication"),
        ("การเป็นผู้ประกอบการ", "Entrepreneurship"), ("จิตวิทยาทั่วไป", "General Psychology"), ("กฎหมายในชีวิตประจำวัน", "Law in Everyday Life"),
        ("สถิติเบื้องต้น", "Introduction to Statistics"), ("ความเป็นพลเมือง", "Citizenship"), ("ศิลปะและดนตรี", "Arts and Music"),
    ]
    static let provinces = ["กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "ชลบุรี", "นครราชสีมา", "เชียงใหม่", "ขอนแก่น", "สงขลา", "ชุมพร", "ฉะเชิงเทรา", "อุบลราชธานี"]
}
