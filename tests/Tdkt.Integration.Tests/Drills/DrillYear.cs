using Tdkt.Contracts;
using Tdkt.Registry.Frameworks;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// The cluster-year one drilled delivery is about, new for each (so the deliveries of one host do not meet), in the
/// future (so no deadline of it falls due, and no timer fires, while the drill runs), with the messages the services
/// announce about it.
/// </summary>
public sealed class DrillYear
{
    private static readonly Lazy<string> FrameworkYaml = new(() => ShippedFrameworks.Files().Single(f => f.Name == "yt-y-te").Yaml);

    public string ClusterId { get; } = $"drill-{Guid.NewGuid():N}"[..18];
    public int Year { get; } = DateTime.UtcNow.Year + 2;
    public string ClusterName => "Cụm thi đua ngành Y tế";
    public IReadOnlyList<string> Units => [$"{ClusterId}-a", $"{ClusterId}-b", $"{ClusterId}-c"];
    public string Head => Units[0];
    public string Deputy => Units[1];
    /// <summary>A member that is neither head nor deputy: the one that submits, signs, answers.</summary>
    public string Member => Units[2];
    public Guid ExplanationRequestId { get; } = Guid.NewGuid();

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;
    private static string UnitName(int i) => $"Bệnh viện Đa khoa số {i + 1}";
    private static AssignedFramework Framework => new("yt-y-te", 1, "Bảng chấm điểm Cụm thi đua ngành Y tế", FrameworkYaml.Value);

    public ClusterRegistered Registered() => new(ClusterId, ClusterName, Now);

    public ClusterYearOpened Opened(bool withFramework = true) => new(ClusterId, Year, ClusterName, Head, Deputy,
        Units.Select((u, i) => new ClusterMember(u, UnitName(i), [$"vanthu{i + 1}@benhvien.example.vn"])).ToList(), Now,
        withFramework ? Framework : null);

    public ClusterYearFrameworkAssigned FrameworkAssigned() => new(ClusterId, Year, Framework, Now);

    public CalendarOverridesChanged CalendarChanged() => new(Year,
        [new CalendarDay(new DateOnly(Year, 9, 1), "Nghỉ thêm dịp Quốc khánh", "Thông báo của Bộ Lao động – Thương binh và Xã hội")], [], Now);

    public RegistrationSubmitted RegistrationSubmitted() =>
        new(ClusterId, Year, Member, Now, Guid.NewGuid(), 1, [new RegisteredTarget("1.1", 100m)]);

    public CovenantSigned CovenantSigned() => new(ClusterId, Year, Member, Now);

    public SelfAssessmentSubmitted SelfAssessmentSubmitted() => new(Guid.NewGuid(), ClusterId, Year, Member, 1, Now,
        [new CriterionValue("1.1", 40m, null, null, null, null, null, null, null, null, "Hoàn thành kế hoạch khám chữa bệnh", [])], [], 40m, null);

    public ReportSubmitted ReportSubmitted(string kind) => new(ClusterId, Year, Member, kind, Now, Guid.NewGuid(),
        [new SubmittedFile("bao-cao.pdf", new string('a', 64), 1024, "application/pdf")]);

    public DeadlineMissed DeadlineMissed() => new(ClusterId, Year, "self-assessment", "Gửi bảng tự chấm điểm thi đua", Member,
        new DateOnly(Year, 12, 25), new DateTimeOffset(Year, 12, 25, 17, 0, 0, TimeSpan.Zero), 2m, true, [Member, Head, "board"], Now);

    public StepsPlanned StepsPlanned() => new(ClusterId, Year, "db-cum-vung-cao", 1, 1, Now,
    [
        new PlannedStep("self-assessment", "Gửi bảng tự chấm điểm thi đua về Trưởng cụm", nameof(Contracts.SelfAssessmentSubmitted),
            new Dictionary<string, string>(), new DateOnly(Year, 12, 25), null),
        new PlannedStep("annual-report", "Gửi báo cáo tổng kết năm về Trưởng cụm", nameof(Contracts.ReportSubmitted),
            new Dictionary<string, string> { ["kind"] = "annual" }, new DateOnly(Year, 12, 25), null),
    ]);

    public ScoresPublished ScoresPublished() => new(ClusterId, Year, "board", null, Now);

    public CrossInspectionCompleted CrossInspectionCompleted() => new(ClusterId, Year, Now);

    public ScoresFinalized ScoresFinalized() => new(ClusterId, Year, Now, "yt-y-te", 1,
        Units.Select((u, i) => new FinalUnitScore(u, UnitName(i), i == 0, [new GroupScore("1", "Thực hiện nhiệm vụ chuyên môn", 60m, 55m - i)],
            0, 0, 900 - i, i + 1, [], "eligible", [], false)).ToList(),
        [new ProposedAward("co", "Cờ thi đua của UBND tỉnh", 1, "proposed", [Head], [], 0, 0, [])]);

    public NominationsDecided NominationsDecided() => new(ClusterId, Year, new DateOnly(Year + 1, 1, 12), "Hội trường Sở Y tế",
        Units.Select((u, i) => new ConferenceDelegate(u, UnitName(i), "Nguyễn Văn An", "Giám đốc")).ToList(),
        new QuorumRecord("majority", 3, 2, 3, "present", ""), "consensus",
        [new AwardDecision("co", "Cờ thi đua của UBND tỉnh", 1, [Head], "consensus")], [], Now);

    public LeadershipElected LeadershipElected() => new(ClusterId, Year, Year + 1, Deputy, Member, "election", [], Now);

    public ConferenceScheduled ConferenceScheduled() =>
        new(ClusterId, Year, "summary", new DateOnly(Year + 1, 3, 10), "Hội trường Sở Y tế", null, Head, Now);

    public ConferenceHeld ConferenceHeld() => new(ClusterId, Year, "summary", new DateOnly(Year + 1, 3, 10), Now);

    public DossierSubmitted DossierSubmitted() => new(ClusterId, Year, 1, Now, Head, new string('b', 64),
        [new DossierFile("to-trinh.docx", "proposal", new string('c', 64), 20480, null)], null, null);

    public ExplanationRequested ExplanationRequested() => new(ExplanationRequestId, ClusterId, Year, Member, "1.1",
        "Đề nghị giải trình số liệu khám chữa bệnh so với kế hoạch", 5, new DateOnly(Year, 6, 15), Head, Now);

    public ExplanationAnswered ExplanationAnswered() => new(ExplanationRequestId, ClusterId, Year, Member, Now);
}
