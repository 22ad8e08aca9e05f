using FluentAssertions;
using Tdkt.Platform.Problems;

namespace Tdkt.Platform.Tests;

public sealed class When_a_request_is_validated
{
    [Fact]
    public void Every_problem_is_reported_under_its_field()
    {
        var v = new Validation()
            .Require("name", " ", "Tên cụm")
            .Check(false, "members[1]", "Đơn vị 'x' không thuộc cụm.")
            .Check(true, "year", "không dùng")
            .Add("members[1]", "Lỗi thứ hai.");

        var problem = v.ToProblem().ProblemDetails;

        v.IsValid.Should().BeFalse();
        problem.Status.Should().Be(400);
        problem.Title.Should().Be("Dữ liệu gửi lên không hợp lệ.");
        problem.Errors.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["name"] = ["Tên cụm là bắt buộc."],
            ["members[1]"] = ["Đơn vị 'x' không thuộc cụm.", "Lỗi thứ hai."],
        });
    }

    [Fact]
    public void Nothing_wrong_means_valid() => new Validation().Require("name", "Cụm 1", "Tên").IsValid.Should().BeTrue();
}
