namespace Tdkt.Web.Admin;

/// <summary>How each criterion kind of a framework file is named for an administrator reading the table.</summary>
public static class KindNames
{
    public static string Of(string code) => code switch
    {
        "manual" => "Chấm trực tiếp",
        "tiered" => "Theo mức đạt được",
        "done" => "Hoàn thành / không hoàn thành",
        "percent_of_plan" => "Theo tỷ lệ % kế hoạch",
        "over_target" => "Thưởng vượt chỉ tiêu",
        "per_item" => "Tính theo từng lượt, từng sản phẩm",
        "ratio" => "Theo tỷ lệ",
        "rank" => "Theo thứ hạng trong cụm/khối",
        "bands" => "Theo khoảng giá trị",
        "sum" => "Tổng các tiêu chí con",
        "deduction" => "Trừ điểm",
        _ => code,
    };
}
