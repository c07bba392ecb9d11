(function(){
  var panel=document.getElementById('panel'),body=document.getElementById('panel-body');
  function clear(){Array.prototype.forEach.call(document.querySelectorAll('mark.active'),function(m){m.classList.remove('active');});}
  function close(){panel.hidden=true;clear();}
  function show(target){
    var seen={},html='';clear();
    for(var el=target;el&&el!==document.body;el=el.parentElement){
      if(!el.matches||!el.matches('mark[data-cmp]'))continue;
      var n=el.getAttribute('data-cmp');if(seen[n])continue;seen[n]=1;
      var info=document.getElementById('cmp-'+n+'-info');if(info)html+=info.innerHTML;
      Array.prototype.forEach.call(document.querySelectorAll('mark[data-cmp="'+n+'"]'),function(m){m.classList.add('active');});
    }
    if(html){body.innerHTML=html;panel.hidden=false;}
  }
  document.addEventListener('click',function(e){
    if(e.target.closest&&e.target.closest('#panel'))return;
    if(e.target.closest&&e.target.closest('mark[data-cmp]'))show(e.target);
  });
  document.addEventListener('keydown',function(e){
    if(e.key==='Escape')close();
    else if((e.key==='Enter'||e.key===' ')&&e.target.matches&&e.target.matches('mark[data-cmp]')){e.preventDefault();show(e.target);}
  });
  document.getElementById('panel-close').addEventListener('click',close);
})();
