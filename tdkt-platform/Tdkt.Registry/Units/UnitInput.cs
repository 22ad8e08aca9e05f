using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Units;

public sealed record UnitInput
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public List<string?>? Emails { get; init; }

    public void Validate(Validation v, string prefix)
    {
        v.Id(RegistryRules.Join(prefix, "id"), Id, "Mã đơn vị");
        v.Text(RegistryRules.Join(prefix, "name"), Name, "Tên đơn vị");
        v.CheckEmails(RegistryRules.Join(prefix, "emails"), Emails);
    }

    public void ApplyTo(MemberUnit unit)
    {
        unit.Name = Name!.Trim();
        unit.Emails = Emails?.Select(e => e!.Trim()).Distinct().ToList() ?? [];
    }

    public MemberUnit ToEntity(string clusterId)
    {
        var unit = new MemberUnit { Id = Id!, ClusterId = clusterId, Name = "" };
        ApplyTo(unit);
        return unit;
    }
}
