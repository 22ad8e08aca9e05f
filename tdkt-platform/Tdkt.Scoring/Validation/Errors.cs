namespace Tdkt.Scoring.Validation;

/// <summary>Collects problems during one pass so that a user sees all of them at once.</summary>
internal sealed class Errors
{
    private readonly List<ValidationError> _items = [];

    public IReadOnlyList<ValidationError> Items => _items;

    public bool Any => _items.Count > 0;

    public int Count => _items.Count;

    public void Add(string path, string message) => _items.Add(new ValidationError(path, message));
}
