using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tdkt.Platform.Persistence;

/// <summary>
/// A compiled query for each model it meets. EF Core refuses a compiled query on a context of another model than the one
/// it was compiled for, and one process can hold several: a service's context on PostgreSQL and on SQLite (the tests run
/// both), or the services a host composes.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext db) => _compiled.GetValue(db.Model, _ => compile());
}
