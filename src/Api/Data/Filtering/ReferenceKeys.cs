using System.Linq.Expressions;
using System.Reflection;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// Turns a filter on a reference (<c>ideas(where: { dialogue: { track: { eq: CITIZENS } } })</c>) into
/// a condition on the foreign key: <c>i.dialogue_id = ANY(@keys)</c>, where <c>@keys</c> are the keys
/// of the visible targets that match, read by a statement of their own just before the first
/// statement that needs them (once per request and filter).
/// </summary>
/// <remarks>
/// Why not a join: next to other semi-joins (e.g. <c>themes: { some: … }</c>) PostgreSQL 15
/// underestimates the rows of a join (or <c>EXISTS</c>) on a small referenced table and picks a plan
/// that does not lead with the GIN index; with the keys as an array parameter the planner knows the
/// set and its size. References lead to small dimension tables here (dialogues, tables), so the key
/// set is read in full. See docs/decisions/0002-reference-filters-as-key-sets.md.
/// </remarks>
public sealed class ReferenceKeys(IDbContextFactory<DialoogtafelsDbContext> contexts)
{
    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(int));

    private static readonly MethodInfo AnyWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(int));

    private static readonly MethodInfo Property = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(int[]));

    private readonly Lazy<IModel> model = new(() =>
    {
        using var db = contexts.CreateDbContext();
        return db.Model;
    });

    /// <summary>
    /// Whether the collection <paramref name="collection"/> (e.g. <c>e.Themes</c>) has a key array
    /// (<see cref="KeyArrays"/>) that <see cref="Overlaps"/> can test.
    /// </summary>
    public bool HasKeyArray(MemberExpression collection) => KeyArray(collection) is not null;

    /// <summary>
    /// <c>keyArray &amp;&amp; keys(target matches)</c> (SQL <c>theme_ids &amp;&amp; @keys</c>): true when
    /// the collection <paramref name="collection"/> holds at least one target that
    /// <paramref name="matches"/>. The keys are read like a reference's (<see cref="LoadAsync"/>).
    /// </summary>
    /// <param name="collection">The many-to-many navigation on the filtered entity, e.g. <c>e.Themes</c>.</param>
    /// <param name="matches">The condition on the target, visibility included.</param>
    /// <exception cref="InvalidOperationException">When the collection has no key array (check <see cref="HasKeyArray"/>).</exception>
    public Expression Overlaps(MemberExpression collection, LambdaExpression matches)
    {
        var property = KeyArray(collection) ?? throw new InvalidOperationException($"{collection.Member.Name} has no key array.");
        var values = KeysOf(matches);
        var key = Expression.Parameter(typeof(int), "k");
        var array = Expression.Call(Property, collection.Expression!, Expression.Constant(property));
        return Expression.Call(AnyWhere, array, Expression.Lambda(Expression.Call(Contains, values, key), key));
    }

    /// <summary>
    /// <c>t =&gt; some ancestor a of t (t itself included) that the caller may follow to
    /// (<see cref="ContentVisibility.Links{T}"/>) satisfies <paramref name="ancestor"/></c>, over the
    /// hierarchical entity <paramref name="entity"/>: the condition on a target of a
    /// <c>…WithAncestors</c> filter (<see cref="FilterInputType{T}"/>). Evaluated in PostgreSQL within the
    /// statement that reads the target keys (for themes: over <c>theme_ancestors()</c>, a small table).
    /// </summary>
    /// <param name="entity">The hierarchical entity, e.g. <c>Theme</c>.</param>
    /// <param name="closure">Its closure (<see cref="Catalog.EntityDescriptor.Ancestors"/>).</param>
    /// <param name="visibility">What the caller may see, on the way up too.</param>
    /// <param name="ancestor">The condition on the ancestor (<c>Expression&lt;Func&lt;entity, bool&gt;&gt;</c>).</param>
    public LambdaExpression WithAncestor(
        Type entity, Func<DbContext, IQueryable<Visibility.HierarchyLink>> closure, ContentVisibility visibility, LambdaExpression ancestor) =>
        (LambdaExpression)WithAncestorMethod.MakeGenericMethod(entity).Invoke(this, [closure, visibility, ancestor])!;

    private static readonly MethodInfo WithAncestorMethod =
        typeof(ReferenceKeys).GetMethod(nameof(WithAncestorOf), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private Expression<Func<T, bool>> WithAncestorOf<T>(
        Func<DbContext, IQueryable<HierarchyLink>> closure, ContentVisibility visibility, Expression<Func<T, bool>> ancestor)
        where T : class, IEntity
    {
        // The queries stand in as placeholders that the key set resolves on the context that reads it
        // (Roots.Resolve): EF Core refuses query roots of two contexts in one query.
        var links = Expression.Call(typeof(Roots), nameof(Roots.Links), [typeof(T)], Expression.Constant(new Roots.Hierarchy(closure, visibility)));
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
            Expression.Call(typeof(Roots), nameof(Roots.Set), [typeof(T)]), Expression.Quote(ancestor));
        Expression<Func<IQueryable<HierarchyLink>, IQueryable<T>, T, bool>> shape =
            (ls, ms, t) => ls.Any(l => l.ItemId == t.Id && ms.Any(a => a.Id == l.AncestorId));
        var body = new ParameterReplacer(shape.Parameters[1], matching).Visit(new ParameterReplacer(shape.Parameters[0], links).Visit(shape.Body));
        return Expression.Lambda<Func<T, bool>>(body, shape.Parameters[2]);
    }

    /// <summary>Placeholders for query roots in a key set's condition, resolved on the context that reads the keys.</summary>
    private static class Roots
    {
        /// <summary>A hierarchy's closure and the visibility its links are followed with.</summary>
        public sealed record Hierarchy(Func<DbContext, IQueryable<HierarchyLink>> Closure, ContentVisibility Visibility);

        public static IQueryable<T> Set<T>() where T : class => throw new InvalidOperationException("Resolved before the query runs.");

        public static IQueryable<HierarchyLink> Links<T>(Hierarchy hierarchy) where T : class, IEntity =>
            throw new InvalidOperationException("Resolved before the query runs.");

        /// <summary><paramref name="condition"/> with its placeholders replaced by queries of <paramref name="db"/>.</summary>
        public static Expression<Func<T, bool>> Resolve<T>(Expression<Func<T, bool>> condition, DbContext db) =>
            (Expression<Func<T, bool>>)new Resolver(db).Visit(condition);

        private sealed class Resolver(DbContext db) : ExpressionVisitor
        {
            protected override Expression VisitMethodCall(MethodCallExpression node)
            {
                if (node.Method.DeclaringType != typeof(Roots)) return base.VisitMethodCall(node);
                var entity = node.Method.GetGenericArguments()[0];
                var set = (IQueryable)SetMethod.MakeGenericMethod(entity).Invoke(db, null)!;
                if (node.Method.Name == nameof(Set)) return set.Expression;
                var hierarchy = (Hierarchy)((ConstantExpression)node.Arguments[0]).Value!;
                return ((IQueryable)LinksMethod.MakeGenericMethod(entity).Invoke(hierarchy.Visibility, [hierarchy.Closure(db), set])!).Expression;
            }

            private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

            private static readonly MethodInfo LinksMethod = typeof(ContentVisibility).GetMethod(nameof(ContentVisibility.Links))!;
        }
    }

    // The keys of the targets that match, as the query parameter EF Core reads (KeySet.Values).
    private MemberExpression KeysOf(LambdaExpression matches) => Expression.Property(
        Expression.Constant(Activator.CreateInstance(typeof(KeySet<>).MakeGenericType(matches.Parameters[0].Type), contexts, matches)!),
        nameof(KeySet<IEntity>.Values));

    private string? KeyArray(MemberExpression collection) =>
        collection.Expression is { } owner && model.Value.FindEntityType(owner.Type) is { } type
            ? KeyArrays.FindProperty(type, collection.Member.Name)
            : null;

    /// <summary>
    /// <c>fk != null &amp;&amp; keys(target matches).Contains(fk)</c> for the reference <paramref name="navigation"/>
    /// (e.g. <c>e.Dialogue</c>) when its declaring type has the foreign key <c>{Navigation}Id</c>
    /// (<c>int</c> or <c>int?</c>); null when it has none (the caller joins instead).
    /// </summary>
    /// <param name="navigation">The reference member access on the filtered entity.</param>
    /// <param name="matches">The condition on the target, visibility included.</param>
    public Expression? Condition(MemberExpression navigation, LambdaExpression matches)
    {
        if (navigation.Expression is null) return null;
        var foreignKey = navigation.Member.DeclaringType?.GetProperty(navigation.Member.Name + "Id");
        if (foreignKey is null || (foreignKey.PropertyType != typeof(int) && foreignKey.PropertyType != typeof(int?))) return null;

        var values = KeysOf(matches);
        Expression key = Expression.Property(navigation.Expression, foreignKey);
        if (foreignKey.PropertyType == typeof(int)) return Expression.Call(Contains, values, key);
        return Expression.AndAlso(
            Expression.NotEqual(key, Expression.Constant(null, typeof(int?))),
            Expression.Call(Contains, values, Expression.Property(key, nameof(Nullable<int>.Value))));
    }

    /// <summary>
    /// Reads, asynchronously, the key sets that <paramref name="predicate"/> uses and that are not read
    /// yet: all of them in one statement (<c>UNION ALL</c>), after the key sets their own conditions use
    /// (one statement per level of nesting). Call it before running a query with a translated filter; a
    /// key set that was not loaded this way is read synchronously when EF Core extracts the query's
    /// parameters.
    /// </summary>
    public static async Task LoadAsync(Expression? predicate, CancellationToken cancellationToken)
    {
        if (predicate is null) return;
        var pending = KeySetFinder.Find(predicate).Where(k => !k.Loaded).Distinct().ToList();
        if (pending.Count == 0) return;
        foreach (var keys in pending)
            await LoadAsync(keys.Matches, cancellationToken);
        pending.RemoveAll(k => k.Loaded);
        if (pending.Count == 0) return;

        await using var db = await pending[0].Contexts.CreateDbContextAsync(cancellationToken);
        var rows = pending.Skip(1).Select((k, i) => k.Rows(db, i + 1)).Aggregate(pending[0].Rows(db, 0), Queryable.Concat);
        var read = await rows.ToListAsync(cancellationToken);
        var bySet = read.ToLookup(r => r.Set, r => r.Key);
        for (var i = 0; i < pending.Count; i++)
            pending[i].Set(bySet[i].ToArray());
    }

    /// <summary>One key of one key set, as the combined statement of <see cref="LoadAsync"/> reads it.</summary>
    private sealed class KeyRow
    {
        public int Set { get; init; }

        public int Key { get; init; }
    }

    private interface IKeySet
    {
        IDbContextFactory<DialoogtafelsDbContext> Contexts { get; }

        LambdaExpression Matches { get; }

        bool Loaded { get; }

        IQueryable<KeyRow> Rows(DialoogtafelsDbContext db, int set);

        void Set(int[] keys);
    }

    /// <summary>The keys of the <typeparamref name="T"/> that match, read once (thread-safe; EF Core reads them as a query parameter).</summary>
    private sealed class KeySet<T>(IDbContextFactory<DialoogtafelsDbContext> contexts, Expression<Func<T, bool>> matches) : IKeySet
        where T : class, IEntity
    {
        private readonly Lock gate = new();
        private int[]? values;

        public IDbContextFactory<DialoogtafelsDbContext> Contexts => contexts;

        public LambdaExpression Matches => matches;

        public bool Loaded => Volatile.Read(ref values) is not null;

        /// <summary>The keys; read synchronously when <see cref="LoadAsync"/> did not run first.</summary>
        public int[] Values
        {
            get
            {
                if (Volatile.Read(ref values) is { } known) return known;
                lock (gate)
                {
                    using var db = contexts.CreateDbContext();
                    return values ??= db.Set<T>().Where(Roots.Resolve(matches, db)).Select(e => e.Id).ToArray();
                }
            }
        }

        public IQueryable<KeyRow> Rows(DialoogtafelsDbContext db, int set) =>
            db.Set<T>().Where(Roots.Resolve(matches, db)).Select(e => new KeyRow { Set = set, Key = e.Id });

        // Two requests for the same set may both read it; both read the same keys, the first one stays.
        public void Set(int[] keys) => Interlocked.CompareExchange(ref values, keys, null);
    }

    private sealed class KeySetFinder : ExpressionVisitor
    {
        private readonly List<IKeySet> found = [];

        public static List<IKeySet> Find(Expression expression)
        {
            var finder = new KeySetFinder();
            finder.Visit(expression);
            return finder.found;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is IKeySet keys) found.Add(keys);
            return node;
        }
    }
}
