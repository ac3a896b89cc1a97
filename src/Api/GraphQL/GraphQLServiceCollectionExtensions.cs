using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Types;
using Dialoogtafels.Api.Security;

namespace Dialoogtafels.Api.GraphQL;

/// <summary>Registers the schema, its types and the request-scoped data services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the singleton <see cref="DialoogtafelsSchema"/> with every graph type of this assembly,
    /// System.Text.Json serialization, the feature query contributions, <see cref="PagingOptions"/>
    /// (section <c>Paging</c>) and the per-request <see cref="DataLoaderRegistry"/> and <see cref="ContentVisibility"/>.
    /// </summary>
    public static WebApplicationBuilder AddDialoogGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PagingOptions>(builder.Configuration.GetSection(PagingOptions.Section));
        services.AddSingleton<ConnectionTypes>();
        services.AddSingleton<CollectionSegmentTypes>();
        services.AddSingleton<FilterTypes>();
        services.AddSingleton<ReferenceKeys>();
        services.AddSingleton<Http.ICallerScopedValidationRule, AuthorizationValidationRule>();
        services.AddScoped<DataLoaderRegistry>();
        services.AddScoped<ContentVisibility>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<RelationWriter>();
        services.AddScoped<ThemeMerger>();
        services.AddScoped<ThemeAliasWriter>();
        services.AddSingleton<Data.Suggestions.ThemeSuggester>();
        foreach (var feature in typeof(IQueryFields).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(feature)) services.AddSingleton(typeof(IQueryFields), feature);
            if (typeof(IMutationFields).IsAssignableFrom(feature)) services.AddSingleton(typeof(IMutationFields), feature);
        }

        // Graph types are singletons, like the schema: one instance per type name (GraphQL.NET demands it).
        foreach (var type in typeof(DialoogtafelsSchema).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IGraphType).IsAssignableFrom(t)))
        {
            services.AddSingleton(type);
        }

        services.AddGraphQL(graphql => graphql
            .AddSchema<DialoogtafelsSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        return builder;
    }
}
