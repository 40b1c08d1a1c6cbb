using System.Collections.Generic;
using System.Linq;
using Hireflix.Sdk.Generators.Mapping;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>
/// Emits result classes: public sealed partial classes with init-only properties (users and the testing package
/// build them with object initializers), plus an internal reader; abstract results get one nested member per type;
/// a fragment model another builds on is unsealed, and the other derives from it.
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
                var modifiers = model.Extensible ? "public partial class" : "public sealed partial class";
                w.Open(model.BaseFullName is null ? $"{modifiers} {model.Name}" : $"{modifiers} {model.Name} : {model.BaseFullName}");
                EmitConstructors(w, model);
                break;
        }

        foreach (var property in model.Properties)
        {
            EmitProperty(w, property, root);
            w.Line();
        }

        if (ReaderEmitter.TracksPresence(model))
        {
            EmitPresence(w, model);
        }

        ReaderEmitter.EmitReadJson(w, model, root);
        foreach (var nested in model.Nested)
        {
            w.Line();
            EmitClass(w, nested, root);
        }

        w.Close();
    }

    /// <summary>
    /// A model another builds on, and the one built on it, get a copy constructor: code that has the base model (the model
    /// factory, a mapper) builds the larger one from it without repeating every inherited member. Internal (private
    /// protected on the base), so the public surface stays the parameterless constructor and the init-only members.
    /// </summary>
    private static void EmitConstructors(CodeWriter w, ClassModel model)
    {
        var fromBase = model.BaseFullName is not null && !model.Properties.Any(IsRequired);
        if (!model.Extensible && !fromBase)
        {
            return;
        }

        w.Summary("Creates an empty model: an object initializer sets its members.");
        w.Line($"public {model.Name}()");
        w.Open();
        w.Close();
        w.Line();
        var setsRequired = "[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]";
        var chain = model.BaseFullName is null ? string.Empty : " : base(source)";
        if (fromBase)
        {
            w.Summary("Creates the model with every member it inherits copied from <paramref name=\"source\"/>; an object initializer sets its own.");
            w.Line(setsRequired);
            w.Line($"internal {model.Name}({model.BaseFullName} source){chain}");
            w.Open();
            w.Close();
            w.Line();
        }

        if (!model.Extensible)
        {
            return;
        }

        w.Summary("Copies every member of <paramref name=\"source\"/>, for the models built on this one.");
        w.Line(setsRequired);
        w.Line($"private protected {model.Name}({model.FullName} source){chain}");
        w.Open();
        foreach (var property in model.Properties)
        {
            w.Line($"{property.Name} = source.{property.Name};");
        }

        if (DeclaresPresenceBits(model))
        {
            w.Line("OmittedFields = source.OmittedFields;");
            w.Line("TrueWithoutDateFields = source.TrueWithoutDateFields;");
        }

        w.Close();
        w.Line();
    }

    /// <summary>The first model of a chain that tracks presence declares the bits; the models built on it share them.</summary>
    private static bool DeclaresPresenceBits(ClassModel model) =>
        ReaderEmitter.TracksPresence(model) && !InheritsPresenceBits(model);

    private static bool InheritsPresenceBits(ClassModel model) =>
        model.Kind == ClassKind.Object && model.BaseFullName is not null && ReaderEmitter.HasDateField(model.Inherited);

    private static bool IsRequired(PropertyModel property) =>
        !property.Shape.Nullable && !CSharpTypes.IsValueType(property.Shape, input: false);

    /// <summary>
    /// What the response said about each field beyond its value: absent (pruned after Hireflix rejected it, so
    /// unknown rather than null) or a boolean <c>true</c> where a timestamp was expected (set, date unknown).
    /// Models built in code (tests, the model factory) have every field present.
    /// </summary>
    private static void EmitPresence(CodeWriter w, ClassModel model)
    {
        var fields = model.Inherited.Concat(model.Properties).Where(p => p.Kind != PropertyKind.FragmentSpread).Take(64).ToList();

        // A model built on another fragment's model shares its bits (inherited fields come first, in the base's order)
        // and answers for its own fields too.
        var baseTracks = InheritsPresenceBits(model);
        var hiding = baseTracks ? "new " : string.Empty;
        if (!baseTracks)
        {
            w.Summary("Bit i set: the i-th field was absent from the response.");
            w.Line("internal ulong OmittedFields { get; init; }");
            w.Line();
            w.Summary("Bit i set: the i-th field, a timestamp, came as <c>true</c>.");
            w.Line("internal ulong TrueWithoutDateFields { get; init; }");
            w.Line();
        }

        EmitBitLookup(w, "WasOmitted", "OmittedFields", fields, hiding, "Whether the field with this response name was absent from the response (its member is then unknown, not empty).");
        EmitBitLookup(w, "WasTrueWithoutDate", "TrueWithoutDateFields", fields, hiding, "Whether the timestamp field with this response name came as <c>true</c>: set, at an unknown date.");
    }

    private static void EmitBitLookup(CodeWriter w, string method, string mask, List<PropertyModel> fields, string hiding, string summary)
    {
        w.Summary(summary);
        if (fields.Count == 0)
        {
            w.Line($"internal {hiding}bool {method}(string responseName) => false;");
            w.Line();
            return;
        }

        w.Line($"internal {hiding}bool {method}(string responseName) => responseName switch");
        w.Open();
        for (var i = 0; i < fields.Count; i++)
        {
            w.Line($"{CodeWriter.Literal(fields[i].ResponseName)} => ({mask} & {ReaderEmitter.Bit(i)}) != 0,");
        }

        w.Line("_ => false,");
        w.Close(";");
        w.Line();
    }

    private static void EmitProperty(CodeWriter w, PropertyModel property, string root)
    {
        var type = CSharpTypes.Name(property.Shape, root, input: false);
        var required = IsRequired(property) ? "required " : string.Empty;
        w.Summary(property.Summary);
        w.Line($"public {required}{type} {property.Name} {{ get; init; }}");
    }
}
