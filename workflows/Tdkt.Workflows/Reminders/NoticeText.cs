using Tdkt.Platform.ClusterYears;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Reminders;

/// <summary>The subject and body of reminders and miss notices, the same in the inbox and in the e-mail.</summary>
public static class NoticeText
{
    public static (string Subject, string Body) Reminder(StepDefinition step, ClusterYearCopy year, string unitId, DateOnly due, int workingDaysLeft) =>
        ($"[Nhắc hạn] {step.Title} – hạn {VietnameseText.Date(due)}",
         $"""
          Kính gửi: {UnitName(year, unitId)}

          Cụm thi đua: {year.ClusterName}, năm thi đua {year.Year}.
          Nhiệm vụ: {step.Title}.
          Hạn chót: {VietnameseText.Date(due)} (trước 24 giờ).
          Thời gian: {VietnameseText.TimeLeft(workingDaysLeft)}.
          Cần gửi: {VietnameseText.WhatToSubmit(step.CompletedBy)}.

          Nếu đơn vị đã hoàn thành, xin bỏ qua thông báo này.
          Thông báo tự động của hệ thống quản lý thi đua – khen thưởng.
          """);

    public static (string Subject, string Body) Missed(StepDefinition step, ClusterYearCopy year, string unitId, DateOnly due) =>
        ($"[Quá hạn] {UnitName(year, unitId)} chưa hoàn thành: {step.Title}",
         $"""
          Cụm thi đua: {year.ClusterName}, năm thi đua {year.Year}.
          Đơn vị: {UnitName(year, unitId)}.
          Nhiệm vụ: {step.Title}.
          Hạn chót: {VietnameseText.Date(due)} – đã quá hạn mà chưa hoàn thành.
          Chưa nhận được: {VietnameseText.WhatToSubmit(step.CompletedBy)}.
          Hậu quả theo quy chế: {VietnameseText.Consequences(step.OnMissed)}.

          Thông báo tự động của hệ thống quản lý thi đua – khen thưởng.
          """);

    public static string UnitName(ClusterYearCopy year, string unitId) =>
        unitId == Instances.Obligation.BoardRecipient ? "Ban Thi đua – Khen thưởng"
        : year.Members.FirstOrDefault(m => m.UnitId == unitId)?.Name ?? unitId;
}
