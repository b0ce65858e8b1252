class MyController < ApplicationController
  def existing
    render plain: 'existing'
  end

  def work
    value = 1
    @@BODY@@
  end
end
@@TOP@@
