using System.Linq.Expressions;
using System.Reflection;
using Dialoogtafels.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.Data.Filtering;

/// <summary>A <c>{Type}FilterInput</c> seen without its entity type.</summary>
public interface IFilterInputType : IGraphType
{
    /// <summary>The entity the filter applies to.</summary>
    Type EntityType { get; }

    /// <summary>The filterable fields by GraphQL name.</summary>
    IReadOnlyDictionary<string, FilterField> FilterFields { get; }
}

/// <summary>
/// Base of every <c>{Type}FilterInput</c> (HotChocolate's filtering convention): <c>and</c>, <c>or</c>
/// and one field per member declared with <see cref="Filter{TMember}"/> — one line per filterable
/// member; the operation type follows from the member's CLR type. Translated to an EF Core
/// predicate by <see cref="FilterTranslator"/>.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
public abstract class FilterInputType<T> : InputObjectGraphType, IFilterInputType where T : class, IEntity
{
    private readonly Dictionary<string, FilterField> fields = [];
    private readonly FilterTypes types;

    /// <param name="types">The schema's shared operation types; the input is named as the entity's declaration says
    /// (<see cref="Catalog.EntityDescriptor.FilterTypeName"/>).</param>
    protected FilterInputType(FilterTypes types)
    {
        this.types = types;
        Name = types.Catalog.Of<T>().FilterTypeName;
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name))));
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(Name))));
    }

    /// <inheritdoc />
    public Type EntityType => typeof(T);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, FilterField> FilterFields => fields;

    /// <summary>
    /// Makes <paramref name="member"/> filterable under its camelCase name (or <paramref name="name"/>).
    /// Strings, bools, numbers, dates, enums, lists of enums, entity references and entity collections
    /// are supported; a referenced entity must be declared in the catalogue with a filter input type.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="name">The GraphQL name; the camelCase member name when null.</param>
    /// <param name="role">When set, only callers with this role may use the field (filtering on CMS-only state).</param>
    /// <exception cref="NotSupportedException">For a member type the engine cannot filter.</exception>
    protected void Filter<TMember>(Expression<Func<T, TMember>> member, string? name = null, Security.Role? role = null)
    {
        name ??= ((MemberExpression)member.Body).Member.Name.ToCamelCase();
        var (kind, element, type) = Describe(typeof(TMember));
        fields[name] = new FilterField(name, member, kind, element, role);
        Field(name, type);
    }

    /// <summary>
    /// Makes the collection <paramref name="member"/> of a hierarchical entity (one that declares
    /// <see cref="Catalog.EntityDescriptor.Ancestors"/>, e.g. themes) filterable with its elements'
    /// ancestors, under <c>{member}WithAncestors</c> (or <paramref name="name"/>): a
    /// <c>List{Element}FilterInput</c> over the elements and every visible element above them, the set
    /// the statistics' THEME dimension rolls an item up to. So
    /// <c>themesWithAncestors: { some: { slug: { eq: "gezondheid" } } }</c> matches items tagged with
    /// Gezondheid or any theme below it (what <c>ideaStatistics(by: [THEME])</c> counts for it);
    /// <c>none</c> the items outside it; <c>all</c> those whose every theme and ancestor matches. Links through an element the caller cannot see are not followed
    /// (<see cref="Visibility.ContentVisibility.Links{T}"/>). Translated as a key-array overlap like the
    /// plain list (<see cref="ReferenceKeys.Overlaps"/>): the keys are those of the elements with a
    /// matching ancestor.
    /// </summary>
    /// <param name="member">The collection, e.g. <c>x =&gt; x.Themes</c>.</param>
    /// <param name="name">The GraphQL name; <c>{camelCase member}WithAncestors</c> when null.</param>
    /// <exception cref="NotSupportedException">When the member is not a collection of an entity with a hierarchy.</exception>
    protected void FilterWithAncestors<TMember>(Expression<Func<T, TMember>> member, string? name = null)
    {
        var memberName = ((MemberExpression)member.Body).Member.Name.ToCamelCase();
        name ??= memberName + "WithAncestors";
        var (kind, element, type) = Describe(typeof(TMember));
        var closure = kind == FilterKind.EntityList ? types.Catalog.Of(element!).Ancestors : null;
        if (closure is null)
            throw new NotSupportedException($"{typeof(T).Name}.{memberName}: only a collection of an entity with a hierarchy (EntityDescriptor.Ancestors) can be filtered with its ancestors.");
        fields[name] = new FilterField(name, member, kind, element, null, closure);
        var typeName = types.Catalog.Of(element!).TypeName.ToCamelCase();
        Field(name, type).Description(
            $"`{memberName}` and every {typeName} above them (the hierarchy rolled up, as the statistics count it): `some` matches the items " +
            $"with a matching {typeName} or one below it, `none` those without, `all` those whose every {typeName} and ancestor match. " +
            "Only what the caller may see counts, also on the way up.");
    }

    private (FilterKind Kind, Type? Element, IGraphType Type) Describe(Type clr)
    {
        var type = Nullable.GetUnderlyingType(clr) ?? clr;
        if (type == typeof(string)) return (FilterKind.String, null, types.String);
        if (type == typeof(bool)) return (FilterKind.Boolean, null, types.Boolean);
        if (type.IsEnum) return (FilterKind.Enum, null, types.Enum(type.Name));
        if (ComparableScalars.TryGetValue(type, out var scalar)) return (FilterKind.Comparable, null, types.Comparable(scalar));
        if (typeof(IEntity).IsAssignableFrom(type)) return (FilterKind.Reference, type, new GraphQLTypeReference(types.Catalog.Of(type).FilterTypeName));
        var element = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is { IsEnum: true }) return (FilterKind.EnumList, element, types.List(types.Enum(element.Name)));
        if (element is not null && typeof(IEntity).IsAssignableFrom(element))
            return (FilterKind.EntityList, element, types.List(types.Catalog.Of(element).FilterTypeName));
        throw new NotSupportedException($"{typeof(T).Name}: members of type {clr.Name} cannot be filtered.");
    }

    /// <summary>Comparable CLR types and the HotChocolate scalar names of their operation inputs.</summary>
    private static readonly Dictionary<Type, string> ComparableScalars = new()
    {
        [typeof(int)] = "Int",
        [typeof(long)] = "Long",
        [typeof(decimal)] = "Decimal",
        [typeof(double)] = "Float",
        [typeof(DateOnly)] = "Date",
        [typeof(DateTimeOffset)] = "DateTime",
    };
}
