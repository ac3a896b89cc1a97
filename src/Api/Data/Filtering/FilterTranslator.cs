using System.Collections;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>
/// Translates a parsed <c>where</c> argument into an expression tree that EF Core turns into SQL
/// (nothing is evaluated in .NET). Semantics as HotChocolate's: fields of one object and the items of
/// <c>and</c> are combined with AND, the items of <c>or</c> with OR, a null operand means "no
/// condition". String operators match case-insensitively with <c>ILIKE</c>; <c>%</c>, <c>_</c> and
/// <c>\</c> in client input match literally. Nested references and collections only consider
/// entities the caller may see (<see cref="ContentVisibility"/>).
/// </summary>
public static class FilterTranslator
{
    /// <summary>Deepest nesting of input objects a <c>where</c> may have (and/or, references, lists, operators).</summary>
    public const int MaxDepth = 12;

    /// <summary>Most fields (conditions and operators) a <c>where</c> may hold, counting every level.</summary>
    public const int MaxFields = 150;

    /// <summary>Code of the error for a <c>where</c> over <see cref="MaxDepth"/> or <see cref="MaxFields"/>.</summary>
    public const string TooComplex = "FILTER_TOO_COMPLEX";

    /// <summary>The predicate for <paramref name="where"/> over <typeparamref name="T"/>.</summary>
    /// <param name="type">The filter input type the argument was declared with.</param>
    /// <param name="where">The argument as GraphQL.NET parsed it (dictionaries and lists).</param>
    /// <param name="filterTypeOf">Finds the filter input type of a referenced entity.</param>
    /// <param name="visibility">What the caller may see.</param>
    /// <param name="references">Reads the keys of matching targets for reference filters (see <see cref="ReferenceKeys"/>);
    /// null: references are joined.</param>
    /// <exception cref="ExecutionError">Code <see cref="TooComplex"/> when the filter is nested deeper than
    /// <see cref="MaxDepth"/> or holds more than <see cref="MaxFields"/> fields (literal or from variables).</exception>
    public static Expression<Func<T, bool>> ToPredicate<T>(
        IFilterInputType type, IDictionary<string, object?> where, Func<Type, IFilterInputType> filterTypeOf, ContentVisibility visibility,
        ReferenceKeys? references = null)
    {
        var fields = 0;
        CheckSize(where, 1, ref fields);
        var parameter = Expression.Parameter(typeof(T), "e");
        var scope = new Scope(filterTypeOf, visibility, references);
        return Expression.Lambda<Func<T, bool>>(scope.Object(type, where, parameter), parameter);
    }

    private static void CheckSize(object? value, int depth, ref int fields)
    {
        if (depth > MaxDepth)
            throw new ExecutionError($"The filter is nested more than {MaxDepth} levels deep.") { Code = TooComplex };
        switch (value)
        {
            case IDictionary<string, object?> map:
                fields += map.Count;
                if (fields > MaxFields)
                    throw new ExecutionError($"The filter holds more than {MaxFields} conditions.") { Code = TooComplex };
                foreach (var item in map.Values) CheckSize(item, depth + 1, ref fields);
                break;
            case IEnumerable items and not string:
                foreach (var item in items) CheckSize(item, depth, ref fields);
                break;
        }
    }

    private sealed class Scope(Func<Type, IFilterInputType> filterTypeOf, ContentVisibility visibility, ReferenceKeys? references)
    {
        public Expression Object(IFilterInputType type, IDictionary<string, object?> input, Expression target) =>
            All(input.Select(pair => pair.Key switch
            {
                _ when pair.Value is null => True,
                "and" => All(Items(pair.Value).Select(i => Object(type, i, target))),
                "or" => Any(Items(pair.Value).Select(i => Object(type, i, target))),
                _ => Field(Allowed(type.FilterFields[pair.Key]), ParameterReplacer.Apply(visibility.AsRead(type.FilterFields[pair.Key].Member), target), (IDictionary<string, object?>)pair.Value),
            }));

        // Codes as the authorization validation rule gives them: anonymous callers are not authenticated,
        // signed-in callers with too low a role are not authorized. Open data (ContentVisibility.Public)
        // is not authorized whoever asks: signing in does not change what an export holds.
        private FilterField Allowed(FilterField field) =>
            field.RequiredRole is not { } role || (visibility.Role is { } has && has >= role)
                ? field
                : throw new ExecutionError($"Filtering on `{field.Name}` requires the role {Security.Roles.Name(role)}.")
                {
                    Code = visibility.Role is null && !ReferenceEquals(visibility, ContentVisibility.Public)
                        ? Security.Authorization.NotAuthenticated
                        : Security.Authorization.NotAuthorized,
                };

        private Expression Field(FilterField field, Expression member, IDictionary<string, object?> input) => field.Kind switch
        {
            FilterKind.Reference => Reference(field.ElementType!, member, input),
            FilterKind.EntityList => EntityList(field.ElementType!, member, input, field.Ancestors),
            FilterKind.EnumList => List(member, field.ElementType!, input,
                (element, condition) => FilterOperations.Apply(FilterKind.Enum, element, condition)),
            _ => FilterOperations.Apply(field.Kind, member, input),
        };

        private Expression Reference(Type entity, Expression member, IDictionary<string, object?> input)
        {
            if (references is not null && member is MemberExpression navigation)
            {
                var target = Expression.Parameter(entity, "r");
                var matches = Expression.Lambda(
                    Expression.AndAlso(ParameterReplacer.Apply(visibility.Filter(entity), target), Object(filterTypeOf(entity), input, target)), target);
                if (references.Condition(navigation, matches) is { } condition) return condition;
            }

            return Expression.AndAlso(
                Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), ParameterReplacer.Apply(visibility.Filter(entity), member)),
                Object(filterTypeOf(entity), input, member));
        }

        // With a key array (KeyArrays): every operator is an overlap test against the keys of visible
        // targets: some P = overlaps(P), none P = not overlaps(P), all P = not overlaps(not P),
        // any = overlaps(true). Without one: EXISTS over the visible join rows. With a hierarchy
        // (ancestors), a target matches P when one of the ancestors the caller may follow from it does
        // (itself included), so the list stands for the targets and their ancestors: all P = not
        // overlaps(an ancestor with not P).
        private Expression EntityList(Type entity, Expression member, IDictionary<string, object?> input,
            Func<Microsoft.EntityFrameworkCore.DbContext, IQueryable<Visibility.HierarchyLink>>? ancestors)
        {
            if (references is null || member is not MemberExpression navigation || !references.HasKeyArray(navigation))
            {
                // The hierarchy's links are read in the statement of the key set (ReferenceKeys.WithAncestor).
                if (ancestors is not null)
                    throw new InvalidOperationException("A filter over a hierarchy needs ReferenceKeys and a key array on the collection.");
                return List(Visible(entity, member), entity, input, (element, condition) => Object(filterTypeOf(entity), condition, element));
            }

            Expression Overlaps(Func<ParameterExpression, Expression> condition)
            {
                var target = Expression.Parameter(entity, "r");
                return references.Overlaps(navigation, Expression.Lambda(
                    Expression.AndAlso(ParameterReplacer.Apply(visibility.Filter(entity), target), condition(target)), target));
            }

            // P of the target, or with a hierarchy: P of one of the ancestors the caller may follow to (itself included).
            Expression Holds(ParameterExpression target, Func<ParameterExpression, Expression> condition)
            {
                if (ancestors is null) return condition(target);
                var ancestor = Expression.Parameter(entity, "a");
                return ParameterReplacer.Apply(references.WithAncestor(entity, ancestors, visibility, Expression.Lambda(condition(ancestor), ancestor)), target);
            }

            Expression Matches(ParameterExpression target, object? value) =>
                Object(filterTypeOf(entity), (IDictionary<string, object?>)value!, target);

            return All(input.Where(p => p.Value is not null).Select(pair => pair.Key switch
            {
                "some" => Overlaps(t => Holds(t, a => Matches(a, pair.Value))),
                "none" => Expression.Not(Overlaps(t => Holds(t, a => Matches(a, pair.Value)))),
                "all" => Expression.Not(Overlaps(t => Holds(t, a => Expression.Not(Matches(a, pair.Value))))),
                "any" => (bool)pair.Value! ? Overlaps(_ => True) : Expression.Not(Overlaps(_ => True)),
                _ => throw new ExecutionError($"Unknown list operator '{pair.Key}'.") { Code = "FILTER_UNKNOWN_OPERATOR" },
            }));
        }

        private static Expression List(
            Expression collection, Type element, IDictionary<string, object?> input, Func<ParameterExpression, IDictionary<string, object?>, Expression> condition)
        {
            Expression Lambda(object? value)
            {
                var item = Expression.Parameter(element, "x");
                return Expression.Lambda(condition(item, (IDictionary<string, object?>)value!), item);
            }

            Expression Call(string method, params Expression[] args) =>
                Expression.Call(typeof(Enumerable), method, [element], [collection, .. args]);

            return All(input.Where(p => p.Value is not null).Select(pair => pair.Key switch
            {
                "some" => Call(nameof(Enumerable.Any), Lambda(pair.Value)),
                "none" => Expression.Not(Call(nameof(Enumerable.Any), Lambda(pair.Value))),
                "all" => Call(nameof(Enumerable.All), Lambda(pair.Value)),
                "any" => (bool)pair.Value! ? Call(nameof(Enumerable.Any)) : Expression.Not(Call(nameof(Enumerable.Any))),
                _ => throw new ExecutionError($"Unknown list operator '{pair.Key}'.") { Code = "FILTER_UNKNOWN_OPERATOR" },
            }));
        }

        private Expression Visible(Type entity, Expression collection) =>
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [entity], collection, visibility.Filter(entity));
    }

    internal static readonly Expression True = Expression.Constant(true);

    internal static Expression All(IEnumerable<Expression> parts) =>
        parts.Where(p => p != True).Aggregate((Expression?)null, (a, b) => a is null ? b : Expression.AndAlso(a, b)) ?? True;

    internal static Expression Any(IEnumerable<Expression> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 || list.Contains(True) ? True : list.Aggregate(Expression.OrElse);
    }

    internal static IEnumerable<IDictionary<string, object?>> Items(object value) =>
        ((IEnumerable)value).Cast<IDictionary<string, object?>>();
}
