using System.Collections.Generic;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>The members every emitted operation class has, which a variable's property must not be named like.</summary>
internal static class OperationMembers
{
    /// <summary>Members of the operation class a variable property must not collide with.</summary>
    public static readonly string[] Names =
    {
        "OperationName", "Kind", "IsIdempotent", "EncodedOperationName", "EncodedDocument", "WriteVariables", "ReadData", "Data", "DocumentText",
        "Wire", "s_encodedOperationName", "s_encodedDocument", "s_wire",
    };

    /// <summary>The names a variable property of <paramref name="className"/> cannot take.</summary>
    public static HashSet<string> Taken(string className) => new(Names) { className };
}
