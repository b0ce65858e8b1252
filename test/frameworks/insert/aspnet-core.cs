var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/existing", () => "existing");

app.MapGet("/work", (HttpResponse response) =>
{
    var value = 1;
    @@BODY@@
});
@@TOP@@
app.Run();
