(function(){
  /* Sortable, filterable tables (the index and the indicator pages). Without JavaScript the
     tables show every row in their written order and the filter controls stay hidden.
     table.sortable: a click on a header (one column wide) sorts its body rows by that column,
     again to reverse; a cell's data-sort is its key, else its text; numbers sort as numbers,
     empty cells last. div.filters[data-filter=<table id>]: rows must contain the text of its
     input[type=search] and, for each select[data-attr], carry that attribute's value. */
  var each=function(list,f){Array.prototype.forEach.call(list,f);};
  function key(row,col){
    var cell=row.cells[col];if(!cell)return '';
    var v=cell.hasAttribute('data-sort')?cell.getAttribute('data-sort'):cell.textContent;
    return v.replace(/\s+/g,' ').trim();
  }
  function compare(a,b){
    if(a===''||b==='')return a===b?0:(a===''?1:-1);
    var x=parseFloat(a.replace(/,/g,'')),y=parseFloat(b.replace(/,/g,''));
    var nx=/^-?[\d,.]+%?$/.test(a),ny=/^-?[\d,.]+%?$/.test(b);
    if(nx&&ny)return x-y;
    return a.localeCompare(b,undefined,{sensitivity:'base',numeric:true});
  }
  function headers(table){  // [th, column] of every header one column wide, rowspans and colspans followed
    var taken=[],out=[];
    each(table.tHead.rows,function(tr,r){
      var col=0;taken[r]=taken[r]||[];
      each(tr.cells,function(th){
        while(taken[r][col])col++;
        if(th.colSpan===1)out.push([th,col]);
        for(var i=0;i<th.rowSpan;i++){taken[r+i]=taken[r+i]||[];for(var j=0;j<th.colSpan;j++)taken[r+i][col+j]=1;}
        col+=th.colSpan;
      });
    });
    return out;
  }
  function sort(table,th,col){
    var body=table.tBodies[0],dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
    var rows=Array.prototype.slice.call(body.rows).map(function(row,n){return [key(row,col),n,row];});
    rows.sort(function(a,b){
      if(a[0]===''||b[0]==='')return compare(a[0],b[0])||a[1]-b[1];  // empty last either way
      return dir*compare(a[0],b[0])||a[1]-b[1];
    });
    rows.forEach(function(r){body.appendChild(r[2]);});
    each(table.querySelectorAll('th[aria-sort]'),function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',dir===1?'ascending':'descending');
  }
  each(document.querySelectorAll('table.sortable'),function(table){
    headers(table).forEach(function(pair){
      var th=pair[0],button=document.createElement('button');
      button.type='button';button.className='sort';
      while(th.firstChild)button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click',function(){sort(table,th,pair[1]);});
    });
  });
  each(document.querySelectorAll('div.filters[data-filter]'),function(form){
    var table=document.getElementById(form.getAttribute('data-filter'));if(!table)return;
    var count=form.querySelector('.shown'),search=form.querySelector('input[type=search]');
    function apply(){
      var words=search?search.value.toLowerCase().trim():'',shown=0,rows=table.tBodies[0].rows;
      each(rows,function(row){
        var ok=!words||row.textContent.toLowerCase().indexOf(words)>=0;
        each(form.querySelectorAll('select[data-attr]'),function(s){
          if(ok&&s.value!=='')ok=row.getAttribute(s.getAttribute('data-attr'))===s.value;
        });
        row.hidden=!ok;if(ok)shown++;
      });
      if(count)count.textContent=shown+' of '+rows.length+' shown';
    }
    form.addEventListener('input',apply);form.addEventListener('change',apply);
    form.hidden=false;apply();
  });
})();
