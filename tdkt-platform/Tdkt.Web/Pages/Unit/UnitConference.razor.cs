using Tdkt.Web.Api;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Tdkt.Web.Pages.Unit;

/// <summary>
/// A member unit at the year's conferences: the schedule, its answer under consensus, its one ballot code per round
/// (shown once, never again), and the tallies once the rounds close.
/// </summary>
public partial class UnitConference
{
    [CascadingParameter] public HttpContext Http { get; set; } = null!;
    private List<ConferenceView> _conferences = [];
    private AttendeeView? _mine;
    private Dictionary<string, string> Names { get; set; } = [];
    private ElectionView? _election;
    private List<RoundView> _rounds = [];
    private IssuedCodeView? _code;
    private ApiProblem? _problem;
    private ApiProblem? _answerProblem;
    private string? _done;
    private string? _forbidden;

    private string Base => $"/voting/clusters/{ClusterId}/years/{Year}";
    private string Form(string name) => Http.Request.Form[name].ToString();

    protected override async Task OnInitializedAsync()
    {
        await Me.LoadAsync();
        if (!Me.ActsFor(UnitId)) { _forbidden = "Bạn chỉ được tham gia hội nghị cho đơn vị mình."; return; }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var conferences = await Api.GetAsync<List<ConferenceView>>("voting", Base + "/conferences");
        if (conferences.Problem is { Status: 403 } refused) { _forbidden = refused.Detail ?? refused.Title; return; }
        (_conferences, _problem) = (conferences.Value ?? [], _problem ?? conferences.Problem);
        var attendance = (await Api.GetAsync<AttendanceView>("voting", $"{Base}/conferences/summary/attendance")).Value;
        (_mine, Names) = (attendance?.Members.FirstOrDefault(m => m.UnitId == UnitId), attendance?.Members.ToDictionary(m => m.UnitId, m => m.UnitName) ?? []);
        _election = (await Api.GetAsync<ElectionView>("voting", Base + "/election")).Value;
        _rounds = (await Api.GetAsync<List<RoundView>>("voting", Base + "/rounds")).Value ?? [];
    }

    private async Task Answer()
    {
        var agrees = Form("agrees") switch { "yes" => true, "no" => false, _ => (bool?)null };
        var result = await Api.PostAsync<ElectionView>("voting", Base + "/election/answers", new { agrees, comment = Form("comment") });
        (_answerProblem, _done) = (result.Problem, result.Ok
            ? agrees == false ? "Đã gửi ý kiến không nhất trí. Hội nghị chuyển sang bỏ phiếu kín." : "Đã xác nhận nhất trí với kết quả xếp hạng."
            : null);
        await LoadAsync();
    }

    private async Task TakeCode()
    {
        var round = int.TryParse(Form("round"), out var n) ? n : 0;
        var result = await Api.PostAsync<IssuedCodeView>("voting", $"{Base}/rounds/{round}/code", null);
        (_code, _problem) = (result.Value, result.Problem);
        await LoadAsync();
    }
}
