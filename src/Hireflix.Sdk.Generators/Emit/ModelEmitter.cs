using Hireflix.Sdk.Generators.Mapping;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>
/// Emits result classes: public sealed partial classes with init-only properties (users and the testing package
/// build them with object initializers), plus an internal reader; abstract results get one nested member per type.
/// </summary>
internal static class ModelEmitter
{
    public static void EmitClass(CodeWriter w, ClassModel model, string root)
    {
        w.Summary(model.Summary);
        switch (model.Kind)
        {
            case ClassKind.Abstract:
                w.Open($"public abstract partial class {model.Name}");

                // Only the nested member classes can derive, so a switch over the members is exhaustive in practice.
                w.Line($"private protected {model.Name}()");
                w.Open();
                w.Close();
                w.Line();
                break;
            case ClassKind.Member:
            case ClassKind.Unknown:
                w.Open($"public sealed partial class {model.Name} : {model.BaseFullName}");
                break;
            default:
                w.Open($"public sealed partial class {model.Name}");
                break;
        }

        foreach (var property in model.Properties)
        {
            EmitProperty(w, property, root);
            w.Line();
        }

        ReaderEmitter.EmitReadJson(w, model, root);
        foreach (var nested in model.Nested)
        {
            w.Line();
            EmitClass(w, nested, root);
        }

        w.Close();
    }

    private static void EmitProperty(CodeWriter w, PropertyModel property, string root)
    {
        var type = CSharpTypes.Name(property.Shape, root, input: false);
        var required = !property.Shape.Nullable && !CSharpTypes.IsValueType(property.Shape, input: false) ? "required " : string.Empty;
        w.Summary(property.Summary);
        w.Line($"public {required}{type} {property.Name} {{ get; init; }}");
    }
}
