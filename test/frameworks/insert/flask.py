from flask import Flask

app = Flask(__name__)


@app.route('/existing')
def existing():
    return 'existing'


@app.route('/work')
def work():
    value = 1
    @@BODY@@
@@TOP@@
