using Tdkt.Contracts;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>The fields of one ballot round, the same in the minutes and the vote-count record.</summary>
internal static class RoundFields
{
    public static TemplateData Of(BallotRoundResult round) => new TemplateData()
        .Text("so", "Số thứ tự vòng", round.Number.ToString())
        .Text("giai_thuong", "Danh hiệu hoặc chức danh được bầu", round.AwardName)
        .Text("so_suat", "Số suất (hai chữ số)", Vn.Count(round.Seats))
        .Text("co_so", "Cơ sở tính (số phiếu)", round.Base.ToString())
        .Text("nguong", "Số phiếu cần đạt (quá nửa)", round.Threshold.ToString())
        .Text("so_phieu", "Số phiếu thu về", round.BallotsCast.ToString())
        .Text("ma_kiem_tra", "Mã kiểm tra cuối của hòm phiếu", round.LastHash)
        .List("ung_vien", "Kết quả từng đơn vị", round.Tally.Select((t, i) => new TemplateData()
            .Text("stt", "Số thứ tự", (i + 1).ToString())
            .Text("ten", "Tên đơn vị", t.UnitName)
            .Text("so_phieu", "Số phiếu đạt", t.Votes.ToString())
            .Text("ty_le", "Tỷ lệ trên cơ sở tính", Vn.Percent(t.Votes, round.Base))
            .Text("ket_qua", "«trúng» hoặc «không trúng»", Vn.Elected(t.Elected).ToLowerInvariant())
            .Text("ket_qua_hoa", "«Trúng» hoặc «Không trúng»", Vn.Elected(t.Elected))));
}
