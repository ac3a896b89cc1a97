using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Editing;

/// <summary>
/// One kind of link that <see cref="LinkWriter"/> writes: the targets an item holds in a collection
/// navigation, e.g. the themes of a story, idea or table, or the stories an idea answers. A feature
/// declares it once with the words its errors and audit records use.
/// </summary>
/// <typeparam name="TSource">The linking item: an entity, or an interface several entities share (e.g. <c>IThemed</c>).</typeparam>
/// <typeparam name="TTarget">The linked entity.</typeparam>
/// <param name="Navigation">The collection navigation, e.g. <c>x =&gt; x.Themes</c>.</param>
/// <param name="Field">The field name that audit records list as changed, e.g. <c>themes</c>.</param>
/// <param name="AddOperation">The audit operation of adding links, e.g. <c>assignThemes</c>.</param>
/// <param name="RemoveOperation">The audit operation of removing links.</param>
/// <param name="TargetPath">The input path of the <c>i</c>-th target id, for a <c>ValidationError</c> that names an unknown target.</param>
/// <param name="TargetNoun">The target in messages, e.g. <c>theme</c>: "`…` names no existing theme."</param>
/// <param name="UnknownSource">For an interface <typeparamref name="TSource"/>: the message when an id names no such item,
/// with <c>{0}</c> for the id; for an entity the writer's own not-found message is used.</param>
/// <param name="RetryUnversioned">When the caller gives no expected version, retry a write that lost a race
/// (at most <see cref="LinkWriter.MaxAttempts"/> times) instead of answering <c>ConcurrencyError</c>.</param>
public sealed record LinkSet<TSource, TTarget>(
    Expression<Func<TSource, List<TTarget>>> Navigation,
    string Field,
    string AddOperation,
    string RemoveOperation,
    Func<int, string[]> TargetPath,
    string TargetNoun,
    string? UnknownSource = null,
    bool RetryUnversioned = false)
    where TSource : class
    where TTarget : ContentEntity
{
    /// <summary>The name of the navigation property, which EF Core loads.</summary>
    public string NavigationName { get; } = ((MemberExpression)Navigation.Body).Member.Name;

    /// <summary>Reads the navigation of a loaded item.</summary>
    public Func<TSource, List<TTarget>> Targets { get; } = Navigation.Compile();
}

/// <summary>
/// Links a <c>create…</c> mutation sets on the new item in the same write (e.g. <c>themeIds</c>), declared
/// by the entity's editing declaration with <see cref="EditableFields{T}.Links{TSource, TTarget}"/>.
/// </summary>
public interface ICreateLinks
{
    /// <summary>The input field of the target ids, e.g. <c>themeIds</c>.</summary>
    string Name { get; }

    /// <summary>The field name that audit records list as changed, e.g. <c>themes</c>.</summary>
    string Field { get; }

    /// <summary>The linked entity.</summary>
    Type TargetType { get; }

    /// <summary>The target in descriptions and messages, e.g. <c>theme</c>.</summary>
    string TargetNoun { get; }

    /// <summary>
    /// Adds the targets <paramref name="targetIds"/> (global ids of type <paramref name="targetTypeName"/>, duplicates
    /// ignored) to <paramref name="item"/>; each id that names no existing target adds a <see cref="ValidationProblem"/>
    /// at <c>["input", Name, i]</c> to <paramref name="problems"/> (then the caller writes nothing).
    /// </summary>
    Task AddAsync(EditContext edit, ContentEntity item, IReadOnlyList<string> targetIds, string targetTypeName, List<WriteProblem> problems, CancellationToken ct);
}

/// <summary>The <see cref="ICreateLinks"/> of a <see cref="LinkSet{TSource, TTarget}"/> under the input name <paramref name="name"/>.</summary>
public sealed class CreateLinks<TSource, TTarget>(LinkSet<TSource, TTarget> links, string name) : ICreateLinks
    where TSource : class
    where TTarget : ContentEntity
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public string Field => links.Field;

    /// <inheritdoc />
    public Type TargetType => typeof(TTarget);

    /// <inheritdoc />
    public string TargetNoun => links.TargetNoun;

    /// <inheritdoc />
    public async Task AddAsync(EditContext edit, ContentEntity item, IReadOnlyList<string> targetIds, string targetTypeName, List<WriteProblem> problems, CancellationToken ct)
    {
        var targets = await LinkWriter.TargetsAsync<TTarget>(edit, targetIds, targetTypeName, i => ["input", name, i.ToString()], links.TargetNoun, problems, ct);
        var current = links.Targets((TSource)(object)item);
        foreach (var target in targets)
        {
            if (current.All(t => t.Id != target.Id)) current.Add(target);
        }
    }
}
