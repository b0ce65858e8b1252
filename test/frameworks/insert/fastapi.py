from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get('/existing')
def existing():
    return PlainTextResponse('existing')


@app.get('/work')
def work():
    value = 1
    @@BODY@@
@@TOP@@
