using Tdkt.Calendar;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Reminders;

/// <summary>Dates and "what to submit" as Vietnamese users read them.</summary>
public static class VietnameseText
{
    public static string Weekday(DateOnly day) => VietnameseDate.Weekday(day);

    /// <summary>"Thứ Hai, 26/12/2022".</summary>
    public static string Date(DateOnly day) => VietnameseDate.WithWeekday(day);

    public static string TimeLeft(int workingDays) => workingDays == 0
        ? "hôm nay là ngày cuối cùng của thời hạn"
        : $"còn {workingDays} ngày làm việc";

    /// <summary>What the completing event means for the unit that has to act.</summary>
    public static string WhatToSubmit(Completion completion)
    {
        var kind = completion.Where.GetValueOrDefault("kind");
        return completion.Event switch
        {
            "CovenantSigned" => "bản giao ước thi đua đã ký",
            "RegistrationSubmitted" => "bản đăng ký thi đua (chỉ tiêu, danh hiệu, đề tài)",
            "ReportSubmitted" when kind == "six-month" => "báo cáo sơ kết 6 tháng",
            "ReportSubmitted" when kind == "annual" => "báo cáo tổng kết năm",
            "ReportSubmitted" when kind == "summary-draft" => "dự thảo báo cáo tổng kết gửi các đơn vị thành viên",
            "ReportSubmitted" when kind == "achievement" => "báo cáo thành tích",
            "ReportSubmitted" when kind == "ad-hoc" => "báo cáo đột xuất",
            "ReportSubmitted" => "báo cáo theo quy định",
            "SelfAssessmentSubmitted" => "bảng tự chấm điểm kèm tài liệu minh chứng",
            "ScoresPublished" when completion.Where.GetValueOrDefault("audience") == "board" =>
                "kết quả chấm điểm thẩm định gửi Ban Thi đua – Khen thưởng",
            "ScoresPublished" => "kết quả chấm điểm thẩm định",
            "ScoresFinalized" => "kết quả chấm điểm đã khớp và thống nhất giữa các đơn vị",
            "CrossInspectionCompleted" => "biên bản kiểm tra chéo",
            "ConferenceHeld" when kind == "summary" => "tổ chức hội nghị tổng kết và ghi nhận biên bản",
            "ConferenceHeld" when kind == "pre-meeting" => "tổ chức họp trù bị",
            "ConferenceHeld" when kind == "mid-year-review" => "tổ chức hội nghị sơ kết 6 tháng",
            "ConferenceHeld" => "tổ chức hội nghị theo quy định",
            "DossierSubmitted" => "hồ sơ đề nghị khen thưởng gửi Ban Thi đua – Khen thưởng",
            "ExplanationAnswered" => "văn bản giải trình gửi Trưởng cụm (kèm tài liệu chứng minh, nếu có)",
            _ => "hồ sơ, tài liệu theo quy định",
        };
    }

    public static string Consequences(MissPolicy policy)
    {
        var parts = new List<string>();
        if (policy.Deduct > 0) parts.Add($"trừ {policy.Deduct:0.##} điểm");
        if (policy.Exclude) parts.Add("không xét thi đua năm nay");
        return parts.Count == 0 ? "không có hình thức xử lý tự động" : string.Join("; ", parts);
    }
}
