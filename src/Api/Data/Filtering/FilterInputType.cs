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
