from django.http import HttpResponse


def existing(request):
    return HttpResponse("existing")


def work(request):
    value = 1
    @@BODY@@
@@TOP@@
