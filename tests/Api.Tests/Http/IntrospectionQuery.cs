namespace Dialoogtafels.Api.Tests.Http;

/// <summary>
/// The introspection query Banana Cake Pop 18 sends to a GraphQL.NET 8 schema: built by its graphql-engine
/// chunk from the features it detects first (here <c>locations</c> and <c>subscriptionType</c>; not
/// isRepeatable, specifiedByURL nor input value deprecation), TypeRef 6 levels deep: 11 levels in all.
/// IDEs must keep working under the request limits.
/// </summary>
internal static class IntrospectionQuery
{
    public const string BananaCakePop = """
query IntrospectionQuery {
  __schema {
    queryType {
      name
    }
    mutationType {
      name
    }
    subscriptionType {
      name
    }
    types {
      ...FullType
    }
    directives {
      name
      description
      args {
        ...InputValue
      }
      locations
    }
  }
}

fragment FullType on __Type {
  kind
  name
  description
  fields(includeDeprecated: true) {
    name
    description
    args {
      ...InputValue
    }
    type {
      ...TypeRef
    }
    isDeprecated
    deprecationReason
  }
  inputFields {
    ...InputValue
  }
  interfaces {
    ...TypeRef
  }
  enumValues(includeDeprecated: true) {
    name
    description
    isDeprecated
    deprecationReason
  }
  possibleTypes {
    ...TypeRef
  }
}

fragment InputValue on __InputValue {
  name
  description
  type {
    ...TypeRef
  }
  defaultValue
}

fragment TypeRef on __Type {
  kind
  name
  ofType {
    kind
    name
    ofType {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
          }
        }
      }
    }
  }
}
""";
}
