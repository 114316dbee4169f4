using Drucksachen.Core.Errors;
using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Web.Api;

/// <summary>Turns the errors users can cause into problem+json (see <see cref="ApiProblems"/>).</summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DrucksachenException e)
        {
            return ApiProblems.From(e);
        }
        catch (WorkflowDefinitionException e)
        {
            return ApiProblems.BadInput(e.Message);
        }
    }
}
