using Tdkt.Web.Api;
using Tdkt.Web.Voting;

namespace Tdkt.Web.Pages.Head;

/// <summary>
/// The head (or deputy) runs the year's conferences: schedule them (the one way a conference date is set), check in
/// the summary conference, open the nomination, run the ballot rounds, announce the results and close the conference.
/// Every action is the voting service's; the page shows what it answered.
/// </summary>
public partial class Conference
{
    private List<ConferenceView> _conferences = [];
    private AttendanceView? _attendance;
    private ElectionView? _election;
    private List<RoundView> _rounds = [];
    private List<BallotChoiceView> _choices = [];
    private readonly Dictionary<string, (string? Date, string? Venue)> _entered = [];
    private ProgressView? _progress;
    private ProgressView? _preview;
    private string? _previewDate;
    private List<BallotSlipView>? _slips;
    private int _slipsRound;
    private ApiProblem? _problem;
    private ApiProblem? _scheduleProblem;
    private string? _done;
    private string? _forbidden;

    private string Base => $"/voting/clusters/{ClusterId}/years/{Year}";
    private string Summary => ConferenceText.Summary;
    private string Form(string name) => Http.Request.Form[name].ToString();

    private Dictionary<string, string> Names => (_attendance?.Members ?? []).ToDictionary(m => m.UnitId, m => m.UnitName);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var conferences = await Api.GetAsync<List<ConferenceView>>("voting", Base + "/conferences");
        if (conferences.Problem is { Status: 403 } refused) { _forbidden = refused.Detail ?? refused.Title; return; }
        (_conferences, _problem) = (conferences.Value ?? [], _problem ?? conferences.Problem);
        _attendance = (await Api.GetAsync<AttendanceView>("voting", $"{Base}/conferences/{Summary}/attendance")).Value;
        _election = (await Api.GetAsync<ElectionView>("voting", Base + "/election")).Value;
        _rounds = (await Api.GetAsync<List<RoundView>>("voting", Base + "/rounds")).Value ?? [];
        _choices = (await Api.GetAsync<List<BallotChoiceView>>("voting", Base + "/rounds/choices")).Value ?? [];
    }

    private async Task Act<T>(Task<ApiResult<T>> call, string success, Action<T?>? then = null)
    {
        var result = await call;
        (_problem, _done) = (result.Problem, result.Ok ? success : null);
        if (result.Ok) then?.Invoke(result.Value);
        await LoadAsync();
    }

    private async Task Schedule(string kind)
    {
        var (date, venue) = (Form("date"), Form("venue"));
        _entered[kind] = (date, venue);
        if (Form("action") == "preview")
        {
            const string step = "/dates/summary-conference";
            var path = $"/workflows/clusters/{ClusterId}/years/{Year}{step}";
            var preview = await Api.PostAsync<ProgressView>("workflows", path + "/preview", new { date });
            (_preview, _scheduleProblem, _previewDate) = (preview.Value, preview.Problem, date);
            _progress = (await Api.GetAsync<ProgressView>("workflows", $"/workflows/clusters/{ClusterId}/years/{Year}/progress")).Value;
            return;
        }
        var result = await Api.PutAsync<ConferenceView>("voting", $"{Base}/conferences/{kind}", new { date, venue });
        (_scheduleProblem, _done) = (result.Problem, result.Ok
            ? $"Đã lên lịch {ConferenceText.Kind(kind)}: {date}. Các thời hạn tính theo ngày hội nghị và lịch nhắc việc được tính lại."
            : null);
        if (result.Ok) _entered.Remove(kind);
        await LoadAsync();
    }

    private Task CheckIn(string unitId) => Act(Api.PostAsync<AttendanceView>("voting", $"{Base}/conferences/{Summary}/attendance",
        new { unitId, delegateName = Form("delegateName"), delegatePosition = Form("delegatePosition") }),
        $"Đã điểm danh {Names.GetValueOrDefault(unitId, unitId)}.");

    private Task OpenElection() => Act(Api.PostAsync<ElectionView>("voting", Base + "/election",
        new { method = Form("method") is { Length: > 0 } m ? m : null }), "Đã mở phần bình xét, suy tôn.");

    private Task OpenRound() => Act(Api.PostAsync<RoundView>("voting", Base + "/rounds", new
    {
        awardId = Form("awardId"),
        seats = int.TryParse(Form("seats"), out var s) ? s : (int?)null,
        candidates = Http.Request.Form["candidates"].Where(c => !string.IsNullOrEmpty(c)).ToList(),
    }), "Đã mở vòng bỏ phiếu. Các đơn vị dự họp nhận mã trên trang của đơn vị, hoặc in phiếu có mã QR.");

    private int Round => int.TryParse(Form("round"), out var n) ? n : 0;

    private Task PrintSlips() => Act(Api.PostAsync<List<BallotSlipView>>("voting", $"{Base}/rounds/{Round}/slips",
        new { ballotPage = Nav.BaseUri.TrimEnd('/') + "/bo-phieu" }), "Đã tạo phiếu có mã QR cho các đơn vị chưa nhận mã.",
        slips => (_slips, _slipsRound) = (slips, Round));

    private Task CloseRound() => Act(Api.PostAsync<RoundView>("voting", $"{Base}/rounds/{Round}/close", null),
        $"Đã đóng vòng {Round} và kiểm phiếu.");

    private Task Decide() => Act(Api.PostAsync<object>("voting", Base + "/election/decide", null), "Đã công bố kết quả suy tôn.");

    private Task Leadership() => Act(Api.PostAsync<object>("voting", Base + "/election/leadership", null),
        "Đã công bố Cụm trưởng, Cụm phó năm sau.");

    private Task Held() => Act(Api.PostAsync<ConferenceView>("voting", $"{Base}/conferences/{Summary}/held", null),
        "Đã ghi nhận hội nghị tổng kết kết thúc.");
}
